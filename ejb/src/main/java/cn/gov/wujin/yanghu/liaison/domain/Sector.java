package cn.gov.wujin.yanghu.liaison.domain;

/** An enterprise's line of business, as the district's investment office groups them. */
public enum Sector {
    MANUFACTURING, CONSTRUCTION, LOGISTICS, TECHNOLOGY, RETAIL, FINANCE, SERVICES, OTHER
}
