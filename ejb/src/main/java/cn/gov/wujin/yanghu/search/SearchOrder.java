package cn.gov.wujin.yanghu.search;

/** How results are ordered: newest first (the default) or by how well the text matches. */
public enum SearchOrder {
    NEWEST, RELEVANCE
}
