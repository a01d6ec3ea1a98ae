package cn.gov.wujin.yanghu.fraud.application;

/** An officer a case can be handed to. */
public record OfficerChoice(String username, String displayName) {
}
