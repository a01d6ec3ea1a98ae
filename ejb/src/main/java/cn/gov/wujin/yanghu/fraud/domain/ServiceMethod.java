package cn.gov.wujin.yanghu.fraud.domain;

/** How a paper was served (送达方式). */
public enum ServiceMethod {
    IN_PERSON,
    POST,
    SMS,
    OTHER
}
