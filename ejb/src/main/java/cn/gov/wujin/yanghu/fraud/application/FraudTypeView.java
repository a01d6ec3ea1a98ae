package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;

public record FraudTypeView(String code, String nameZh, String nameEn, int sortOrder, boolean active, long version) implements Serializable {
}
