package cn.gov.wujin.yanghu.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly, and Secure when the bureau runs behind HTTPS
 * ({@code yanghu.secure-cookies=true}). SameSite=Strict is set on the HTTP listener
 * (scripts/lib.sh): Payara ignores it in web.xml and in this API.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(Boolean.parseBoolean(System.getProperty("yanghu.secure-cookies", "false")));
    }
}
