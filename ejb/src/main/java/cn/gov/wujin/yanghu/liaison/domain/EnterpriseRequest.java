package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise's request (诉求): RECEIVED → IN_PROGRESS → RESOLVED → CLOSED. Closing takes
 * the enterprise's satisfaction rating (好差评, 1–5); a 1 or 2 opens a follow-up that the
 * station head must close with a note. Every step is kept with who, when and why.
 */
@Entity
@Table(name = "enterprise_request")
public class EnterpriseRequest implements AuditedEntity, StationOwned {

    public static final int LOW_RATING = 2;

    /** The longest note a step of the history keeps (request_transition.note). */
    public static final int NOTE_LENGTH = 1000;

    /**
     * From the identity column's own sequence, taken before the insert: an insert trigger writes the
     * identifiers the text names (V31), and IDENTITY would read that table's id back (lastval()).
     */
    @Id
    @SequenceGenerator(name = "enterprise_request_id", sequenceName = "enterprise_request_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_request_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestCategory category;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "deadline_at", nullable = false, updatable = false)
    private Instant deadlineAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Account owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.RECEIVED;

    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "escalated_at", insertable = false, updatable = false)
    private Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up", nullable = false)
    private FollowUp followUp = FollowUp.NONE;

    @Column(name = "follow_up_note")
    private String followUpNote;

    @Column(name = "follow_up_closed_by")
    private String followUpClosedBy;

    @Column(name = "follow_up_closed_at")
    private Instant followUpClosedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("at")
    private List<RequestTransition> transitions = new ArrayList<>();

    @Version
    private long version;

    protected EnterpriseRequest() {
    }

    /** A request received at a time; its deadline follows from its category. */
    public EnterpriseRequest(Enterprise enterprise, Project project, RequestCategory category, String description,
                             Instant receivedAt, RequestDeadline deadline, Account owner, String actor) {
        this.enterprise = enterprise;
        this.project = project;
        this.stationId = project == null ? enterprise.stationId() : project.stationId();
        this.category = category;
        this.description = description;
        this.receivedAt = receivedAt;
        this.deadlineAt = receivedAt.plus(deadline.within());
        this.owner = owner;
        transitions.add(new RequestTransition(this, null, RequestStatus.RECEIVED, actor, receivedAt, null));
    }

    /** Work on the request begins. */
    public void start(String actor, String note, Instant at) {
        move(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS, actor, note, at);
    }

    /** The police side is done; what was done is required. */
    public void resolve(String actor, String what, Instant at) {
        if (what == null || what.isBlank()) {
            throw new InvalidInputException("note", "liaison.request.resolutionRequired");
        }
        move(RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED, actor, what, at);
        this.resolution = what.strip();
        this.resolvedAt = at;
    }

    /** The enterprise rates the service; that closes the request. A low rating opens a follow-up. */
    public void close(int stars, String comment, String actor, Instant at) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("rating", "liaison.request.rating");
        }
        move(RequestStatus.RESOLVED, RequestStatus.CLOSED, actor, "rating " + stars + (comment == null ? "" : ": " + comment), at);
        this.rating = stars;
        this.ratingComment = comment;
        this.closedAt = at;
        if (stars <= LOW_RATING) {
            this.followUp = FollowUp.OPEN;
        }
    }

    /** The station head closes the follow-up of a low rating with what they did about it. */
    public void closeFollowUp(String note, String actor, Instant at) {
        if (followUp != FollowUp.OPEN) {
            throw new RuleViolationException("liaison.request.noFollowUp");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "liaison.request.followUpNote");
        }
        this.followUp = FollowUp.CLOSED;
        this.followUpNote = note.strip();
        this.followUpClosedBy = actor;
        this.followUpClosedAt = at;
        // the full note is the request's; its step in the history keeps what its column holds
        transitions.add(new RequestTransition(this, status, status, actor, at, atMost(NOTE_LENGTH, "follow-up closed: " + note.strip())));
    }

    /** Hands the request to another officer of the station. */
    public void handTo(Account newOwner) {
        if (!status.isOpen()) {
            throw new RuleViolationException("liaison.request.finished", status.name());
        }
        this.owner = newOwner;
    }

    private void move(RequestStatus expected, RequestStatus next, String actor, String note, Instant at) {
        if (status != expected) {
            throw new RuleViolationException("liaison.request.transition", status.name(), next.name());
        }
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "common.tooLong", NOTE_LENGTH);
        }
        transitions.add(new RequestTransition(this, status, next, actor, at, note == null || note.isBlank() ? null : note.strip()));
        this.status = next;
    }

    /** The text cut to {@code max} characters, never between the halves of a surrogate pair. */
    private static String atMost(int max, String text) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && now.isAfter(deadlineAt);
    }

    public Long getId() {
        return id;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Project getProject() {
        return project;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Account getOwner() {
        return owner;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public List<RequestTransition> getTransitions() {
        return transitions;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long stationId() {
        return stationId;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return stationId;
    }

    @Override
    public String auditSummary() {
        return category + " " + status + " owner " + owner.getUsername() + (rating == null ? "" : " rating " + rating)
                + (followUp == FollowUp.NONE ? "" : " follow-up " + followUp);
    }
}
