package cn.gov.wujin.yanghu.liaison.application;

import java.time.Instant;

/**
 * An open request passed its deadline and was escalated to the station head (by the minute
 * timer or an administrator); fired in the escalation's transaction, once per request.
 */
public record RequestEscalated(long requestId, long stationId, Long projectId, String enterprise, String description,
                               Instant deadlineAt, long ownerAccountId) {
}
