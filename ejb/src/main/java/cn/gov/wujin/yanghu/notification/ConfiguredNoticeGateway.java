package cn.gov.wujin.yanghu.notification;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway the settings choose, looked up again for every message: the HTTP gateway when
 * {@code YANGHU_SMS_URL} (or the system property {@code yanghu.sms.url}) is set, otherwise the
 * server log. A changed setting (a system property set on a running deployment group) takes
 * effect with the next message, without a restart.
 */
@ApplicationScoped
public class ConfiguredNoticeGateway implements NoticeGateway {

    private final NoticeGateway log = new LoggingNoticeGateway();
    private final AtomicReference<HttpNoticeGateway> http = new AtomicReference<>();

    @Override
    public boolean send(String phone, String text) {
        return current().send(phone, text);
    }

    @Override
    public Delivery send(long messageId, String phone, String text) {
        return current().send(messageId, phone, text);
    }

    private NoticeGateway current() {
        Optional<SmsGatewaySettings> settings = SmsGatewaySettings.fromEnvironment();
        if (settings.isEmpty()) {
            return log;
        }
        HttpNoticeGateway gateway = http.get();
        if (gateway == null || !gateway.settings().equals(settings.get())) {
            gateway = new HttpNoticeGateway(settings.get());
            http.set(gateway);
        }
        return gateway;
    }
}
