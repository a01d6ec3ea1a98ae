package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/** The gateway until the bureau's SMS platform is connected: each notice is written to the server log. */
@ApplicationScoped
public class LoggingNoticeGateway implements NoticeGateway {

    private static final Logger LOG = Logger.getLogger(LoggingNoticeGateway.class.getName());

    @Override
    public boolean send(String phone, String text) {
        LOG.info(() -> "anti-fraud notice to " + Masking.phone(phone) + ": " + text);
        return true;
    }
}
