package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/** A volunteer's request to join a group, and the decision on it. */
public record ApplicationView(long id, long groupId, String groupName, String applicant, String motivation, Instant appliedAt,
                              String status, String decidedBy, String note) implements Serializable {
}
