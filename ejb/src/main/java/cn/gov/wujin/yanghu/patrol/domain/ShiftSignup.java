package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One member on one shift: signed up, checked in and out, and their log. */
@Entity
@Table(name = "shift_signup")
public class ShiftSignup implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id", nullable = false, updatable = false)
    private Shift shift;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private GroupMember member;

    @Column(name = "signed_up_at", nullable = false)
    private Instant signedUpAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "route_notes")
    private String routeNotes;

    private String findings;

    @Column(name = "check_in_latitude")
    private Double checkInLatitude;

    @Column(name = "check_in_longitude")
    private Double checkInLongitude;

    @Column(name = "check_in_accuracy_m")
    private Double checkInAccuracy;

    /** On site at check-in; null without a position or without a boundary to judge by. */
    @Column(name = "on_site")
    private Boolean onSite;

    @Column(name = "distance_m")
    private Integer distanceMeters;

    /** A check-in or check-out made on the phone arrived more than {@link DeviceTime#SKEW} after it (补传). */
    @Column(name = "sent_late", nullable = false)
    private boolean sentLate;

    @Version
    private long version;

    protected ShiftSignup() {
    }

    ShiftSignup(Shift shift, GroupMember member, Instant now) {
        this.shift = shift;
        this.member = member;
        this.signedUpAt = stored(now);
    }

    void renew(Instant now) {
        if (isActive()) {
            return; // signing up twice is signing up once
        }
        cancelledAt = null;
        signedUpAt = stored(now);
    }

    void cancel(Instant now) {
        if (checkedInAt != null) {
            throw new RuleViolationException("shift.cancel.checkedIn");
        }
        cancelledAt = stored(now);
    }

    void checkIn(Instant now, CheckInPosition position) {
        if (checkedInAt == null) {
            checkedInAt = stored(now); // a second tap keeps the first time, and the first position
            checkInLatitude = position.latitude();
            checkInLongitude = position.longitude();
            checkInAccuracy = position.accuracy();
            onSite = position.onSite();
            distanceMeters = position.distanceMeters();
        }
    }

    /** The same at the phone's time; marked sent late when the time it kept is the one stored and it arrived late. */
    void checkIn(Instant at, CheckInPosition position, boolean late) {
        if (checkedInAt == null) {
            checkIn(at, position);
            sentLate |= late;
        }
    }

    void checkOut(Instant at, boolean late) {
        boolean first = checkedOutAt == null;
        checkOut(at);
        if (first) {
            sentLate |= late;
        }
    }

    void checkOut(Instant now) {
        if (checkedInAt == null) {
            throw new RuleViolationException("shift.checkOut.notIn");
        }
        if (checkedOutAt == null) {
            checkedOutAt = stored(now);
        }
    }

    void writeLog(String route, String found) {
        if (checkedInAt == null) {
            throw new RuleViolationException("shift.log.notIn");
        }
        this.routeNotes = route == null || route.isBlank() ? null : route.strip();
        this.findings = found == null || found.isBlank() ? null : found.strip();
    }

    private static Instant stored(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isActive() {
        return cancelledAt == null;
    }

    public Long getId() {
        return id;
    }

    public Shift getShift() {
        return shift;
    }

    public GroupMember getMember() {
        return member;
    }

    public Instant getSignedUpAt() {
        return signedUpAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public String getRouteNotes() {
        return routeNotes;
    }

    public String getFindings() {
        return findings;
    }

    public Double getCheckInLatitude() {
        return checkInLatitude;
    }

    public Double getCheckInLongitude() {
        return checkInLongitude;
    }

    public Double getCheckInAccuracy() {
        return checkInAccuracy;
    }

    public Boolean getOnSite() {
        return onSite;
    }

    public Integer getDistanceMeters() {
        return distanceMeters;
    }

    public boolean isSentLate() {
        return sentLate;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return shift.stationId();
    }

    @Override
    public String auditSummary() {
        return "shift " + shift.getId() + " member " + member.getId() + (cancelledAt != null ? " cancelled" : "")
                + (checkedInAt != null ? " in " + checkedInAt : "")
                + (onSite != null ? (onSite ? " on site" : " off site " + distanceMeters + " m") : "") + (checkedOutAt != null ? " out " + checkedOutAt : "") + (sentLate ? " sent late" : "");
    }
}
