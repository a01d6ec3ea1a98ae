package cn.gov.wujin.yanghu.liaison.domain;

/** RECEIVED → IN_PROGRESS → RESOLVED → CLOSED (closing takes the enterprise's rating). */
public enum RequestStatus {
    RECEIVED, IN_PROGRESS, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
