package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.shared.Masking;

import java.util.logging.Logger;

/** The gateway while no SMS platform is connected ({@code YANGHU_SMS_URL} unset): each message goes to the server log. */
public class LoggingNoticeGateway implements NoticeGateway {

    private static final Logger LOG = Logger.getLogger(LoggingNoticeGateway.class.getName());

    @Override
    public boolean send(String phone, String text) {
        LOG.info(() -> "SMS to " + Masking.phone(phone) + ": " + text);
        return true;
    }

    @Override
    public Delivery send(long messageId, String phone, String text) {
        LOG.info(() -> "SMS #" + messageId + " to " + Masking.phone(phone) + ": " + text);
        return Delivery.SENT;
    }
}
