package cn.gov.wujin.yanghu.organization.application;

import java.time.Instant;

/**
 * Failed sign-ins locked an account; fired in the transaction that writes the lock.
 * {@code failuresSince} (the first failure counted) names the lockout: attempts racing each
 * other into one lockout carry the same.
 */
public record AccountLocked(long accountId, String username, String displayName, Long stationId, Instant lockedUntil,
                            Instant failuresSince) {
}
