package cn.gov.wujin.yanghu.notification;

/**
 * Where a text message leaves the application: the bureau's SMS platform in production. Only
 * the outbox's dispatcher calls it ({@link SmsOutbox} is the one way an SMS is sent), after the
 * change that caused the message has committed. Chosen by {@link ConfiguredNoticeGateway}: the
 * HTTP gateway when {@code YANGHU_SMS_URL} is set, otherwise the server log; a CDI alternative of
 * this interface replaces both.
 */
public interface NoticeGateway {

    /** Sends one message to one phone; false when the gateway did not accept it. */
    boolean send(String phone, String text);

    /**
     * Sends the outbox's message {@code messageId}, which the gateway may use as an idempotency
     * key (a message sent again after a crash between sending and recording it carries the same
     * id), and says why when it did not go.
     */
    default Delivery send(long messageId, String phone, String text) {
        return send(phone, text) ? Delivery.SENT : Delivery.failed("not accepted by the gateway");
    }

    /** What became of one message: sent, or not with the reason kept in the outbox. */
    record Delivery(boolean sent, String failure) {

        public static final Delivery SENT = new Delivery(true, null);

        public static Delivery failed(String reason) {
            return new Delivery(false, reason == null || reason.isBlank() ? "unknown failure" : reason);
        }
    }
}
