package cn.gov.wujin.yanghu.shared;

/** A client sent more than its limit allows in a time window (HTTP 429). */
public class TooManyRequestsException extends BusinessException {

    public TooManyRequestsException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
