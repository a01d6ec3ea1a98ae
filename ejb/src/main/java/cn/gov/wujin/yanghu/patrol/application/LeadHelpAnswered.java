package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.HelpAnswer;

/** A member answered a help request, announced in the answer's transaction (patrol.alerts tells the station's officers). */
public record LeadHelpAnswered(long leadId, long stationId, String member, HelpAnswer answer, String personName) {
}
