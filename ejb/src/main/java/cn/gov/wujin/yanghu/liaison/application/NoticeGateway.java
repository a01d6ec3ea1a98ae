package cn.gov.wujin.yanghu.liaison.application;

/**
 * Where a liaison's anti-fraud notice goes out: an SMS gateway in production. The default
 * implementation logs each message; a real gateway is a CDI alternative of this interface.
 */
public interface NoticeGateway {

    /** Sends one message to one phone; false when the gateway did not accept it. */
    boolean send(String phone, String text);
}
