package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the case list; null means "any". Dates are Beijing dates, both ends included.
 * {@code queue} is one of the work queues ({@link CaseQueue}); {@code stationCode} narrows the
 * list to one station within the caller's scope (a bureau supervisor's table opens a station's list);
 * {@code communityId} to the cases that came from a warning lead or tip of that community (the map's
 * count markers open it, counted as its heat layer counts cases).
 */
public record CaseFilter(CaseStatus status, String fraudType, LocalDate reportedFrom, LocalDate reportedTo,
                         String assignedOfficer, boolean overdueOnly, String caseNumber, CaseQueue queue,
                         String stationCode, Long communityId) implements Serializable {

    public CaseFilter(CaseStatus status, String fraudType, LocalDate reportedFrom, LocalDate reportedTo, String assignedOfficer,
                      boolean overdueOnly, String caseNumber, CaseQueue queue, String stationCode) {
        this(status, fraudType, reportedFrom, reportedTo, assignedOfficer, overdueOnly, caseNumber, queue, stationCode, null);
    }

    public CaseFilter(CaseStatus status, String fraudType, LocalDate reportedFrom, LocalDate reportedTo, String assignedOfficer,
                      boolean overdueOnly, String caseNumber) {
        this(status, fraudType, reportedFrom, reportedTo, assignedOfficer, overdueOnly, caseNumber, null, null);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, false, null, null, null);
    }

    /** A work queue, the caller's own cases only when {@code officer} is given, in one station when {@code stationCode} is. */
    public static CaseFilter queue(CaseQueue queue, String officer, String stationCode) {
        return new CaseFilter(null, null, null, null, officer, false, null, queue, stationCode);
    }

    /** The same filter, only the overdue cases. */
    public CaseFilter overdue() {
        return new CaseFilter(status, fraudType, reportedFrom, reportedTo, assignedOfficer, true, caseNumber, queue, stationCode, communityId);
    }

    /**
     * True when nothing but statuses, fraud type and station narrows the list: the totals kept per
     * station, status and type answer its count.
     */
    public boolean onlyStatusOrType() {
        return reportedFrom == null && reportedTo == null && (assignedOfficer == null || assignedOfficer.isBlank()) && !overdueOnly
                && (caseNumber == null || caseNumber.isBlank()) && (queue == null || queue.statuses() != null) && communityId == null;
    }
}
