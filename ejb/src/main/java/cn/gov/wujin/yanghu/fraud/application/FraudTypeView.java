package cn.gov.wujin.yanghu.fraud.application;

public record FraudTypeView(String code, String nameZh, String nameEn, int sortOrder, boolean active, long version) {
}
