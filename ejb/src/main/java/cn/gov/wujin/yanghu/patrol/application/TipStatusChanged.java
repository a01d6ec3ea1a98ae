package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipStatus;

/** A tip left NEW (dismissed, resolved, a case opened from it); fired in the same transaction. {@code submitterAccountId} is null for an anonymous tip. */
public record TipStatusChanged(long tipId, String trackingCode, Long submitterAccountId, TipStatus status) {
}
