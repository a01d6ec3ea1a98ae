package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/** Who was asked to help with a lead and what they answered (null: not yet), as the lead's officers see it. */
public record HelpAnswerRow(long id, long leadId, String member, String memberKind, String group, Instant askedAt, String answer,
                            String note, Instant answeredAt) implements Serializable {
}
