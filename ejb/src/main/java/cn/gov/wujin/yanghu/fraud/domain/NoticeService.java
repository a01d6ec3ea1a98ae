package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
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

/** The serving (送达) of a paper of the procedure to a person: when, how, to whom, recorded by whom. Never changed. */
@Entity
@Table(name = "notice_service")
public class NoticeService implements AuditedEntity {

    /** The longest name of whom it was served to (its column). */
    public static final int SERVED_TO_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ServedDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ServiceMethod method;

    @Column(name = "served_at", nullable = false, updatable = false)
    private Instant servedAt;

    @Column(name = "served_to", nullable = false, updatable = false)
    private String servedTo;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected NoticeService() {
    }

    NoticeService(FraudCase fraudCase, ServedDocument document, ServiceMethod method, Instant servedAt, String servedTo,
                  String recordedBy, Instant recordedAt) {
        this.fraudCase = fraudCase;
        this.document = document;
        this.method = method;
        this.servedAt = servedAt;
        this.servedTo = servedTo;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public ServedDocument getDocument() {
        return document;
    }

    public ServiceMethod getMethod() {
        return method;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    public String getServedTo() {
        return servedTo;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return fraudCase.stationId();
    }

    /** Without the name of whom it was served to: the trail is no copy of personal data. */
    @Override
    public String auditSummary() {
        return fraudCase.getCaseNumber().value() + " " + document + " " + method + " served " + servedAt;
    }
}
