package cn.gov.wujin.yanghu.liaison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a request's history: who moved it from which status to which, when and why. */
@Entity
@Table(name = "request_transition")
public class RequestTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private EnterpriseRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private RequestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private RequestStatus to;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String note;

    protected RequestTransition() {
    }

    RequestTransition(EnterpriseRequest request, RequestStatus from, RequestStatus to, String actor, Instant at, String note) {
        this.request = request;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.note = note;
    }

    public RequestStatus getFrom() {
        return from;
    }

    public RequestStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
