package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the case list; null means "any". Dates are Beijing dates, both ends included. */
public record CaseFilter(CaseStatus status, String fraudType, LocalDate reportedFrom, LocalDate reportedTo,
                         String assignedOfficer, boolean overdueOnly, String caseNumber) implements Serializable {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, false, null);
    }

    /** True when nothing but status and fraud type narrows the list (the totals kept per station, status and type). */
    public boolean onlyStatusOrType() {
        return reportedFrom == null && reportedTo == null && (assignedOfficer == null || assignedOfficer.isBlank()) && !overdueOnly
                && (caseNumber == null || caseNumber.isBlank());
    }
}
