package cn.gov.wujin.yanghu.search;

/** What a search finds, in the order the results page groups them. */
public enum SearchKind {
    CASE, TIP, LEAD, VISIT, REQUEST, ENTERPRISE, PROJECT
}
