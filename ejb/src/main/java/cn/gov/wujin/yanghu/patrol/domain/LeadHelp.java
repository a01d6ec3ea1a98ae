package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
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
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A request to a member on duty in an urgent warning lead's community to dissuade the person
 * at the door (上门劝阻), and the member's latest answer; the audit trail keeps every answer.
 * The request lives as long as the lead is open: a lead with an outcome takes no more answers.
 */
@Entity
@Table(name = "lead_help")
public class LeadHelp implements AuditedEntity, StationOwned {

    /** As long as a note may be (the lead_help table). */
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private GroupMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id", nullable = false, updatable = false)
    private Shift shift;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    private HelpAnswer answer;

    private String note;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected LeadHelp() {
    }

    /** Asks the member of {@code signup}, on duty on its shift, to help with the lead of that station. */
    public LeadHelp(long leadId, long stationId, ShiftSignup signup, Instant now) {
        this.leadId = leadId;
        this.stationId = stationId;
        this.member = signup.getMember();
        this.accountId = member.getAccountId();
        this.shift = signup.getShift();
        this.askedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The member's answer, replacing an earlier one (on the way, then what came of it). Refused
     * once the lead has an outcome ({@code leadStatus} not OPEN): the station has moved on.
     */
    public void answer(HelpAnswer newAnswer, String newNote, LeadOutcome leadStatus, Instant now) {
        if (leadStatus != LeadOutcome.OPEN) {
            throw new RuleViolationException("lead.help.closed", leadStatus.name());
        }
        if (newAnswer == null) {
            throw new InvalidInputException("answer", "lead.help.answer.required");
        }
        String stripped = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (stripped != null && stripped.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "common.tooLong", NOTE_LENGTH);
        }
        this.answer = newAnswer;
        this.note = stripped;
        this.answeredAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public GroupMember getMember() {
        return member;
    }

    public Shift getShift() {
        return shift;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public HelpAnswer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
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
        return "lead " + leadId + " member " + member.getId() + (answer == null ? " asked" : " " + answer)
                + (note == null ? "" : ": " + note);
    }
}
