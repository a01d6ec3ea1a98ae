package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;

/** A case moved one step of its procedure; fired in the step's transaction. */
public record CaseStepTaken(long caseId, String caseNumber, long stationId, CaseAction action, CaseStatus status,
                            String actor, String officer) {
}
