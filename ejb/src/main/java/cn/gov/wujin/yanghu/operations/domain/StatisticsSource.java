package cn.gov.wujin.yanghu.operations.domain;

/** The database the statistics read. */
public enum StatisticsSource {
    /** The database every write goes to: the figures include the last second's work. */
    PRIMARY,
    /** The streaming standby (the pool jdbc/yanghu-read): a few seconds behind, the primary spared the long scans. */
    STANDBY
}
