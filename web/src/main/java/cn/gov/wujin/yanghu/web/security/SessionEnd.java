package cn.gov.wujin.yanghu.web.security;

import cn.gov.wujin.yanghu.organization.application.Sessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/** An HTTP session that ends (signed out, timed out) ends its row, so its owner's list stays true. */
@WebListener
public class SessionEnd implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());

    @Inject
    private Sessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key = event.getSession().getAttribute(AppAuthenticationMechanism.SESSION_KEY);
        if (key instanceof String k) {
            try {
                sessions.expire(k);
            } catch (RuntimeException e) {
                // the server stopping, or the database away: the row ages out of the list after its idle limit
                LOG.log(Level.FINE, "session row not ended", e);
            }
        }
    }
}
