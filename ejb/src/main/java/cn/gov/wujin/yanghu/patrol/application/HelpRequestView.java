package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A help request as the asked member sees it: where (community, address), whom (the surname
 * only: 张**; never the phone), until when, whether the lead is still open (else the outcome
 * that closed it), and the member's own latest answer.
 */
public record HelpRequestView(long leadId, String communityZh, String communityEn, String address, String person, Instant askedAt,
                              Instant deadline, boolean open, String outcome, String answer, String note, Instant answeredAt)
        implements Serializable {
}
