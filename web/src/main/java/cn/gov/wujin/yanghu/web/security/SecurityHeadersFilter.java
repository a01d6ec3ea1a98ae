package cn.gov.wujin.yanghu.web.security;

import cn.gov.wujin.yanghu.operations.application.TrustedProxies;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.web.OperatorLog;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;

/**
 * Headers every response carries. Pages get their Content-Security-Policy from PrimeFaces
 * (with a script nonce, see web.xml); everything else gets a policy that allows nothing.
 * Also notes the client address for the audit trail and the rate limits: the connection's, or
 * behind a trusted proxy the one its X-Forwarded-For names (TrustedProxies).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** The volunteers' phone app: static files of its own. */
    static final String PHONE_APP = "/m/";

    /**
     * The phone app's policy: its own scripts, styles, calls and service worker only; photo
     * previews from blob: URLs. No inline script, nothing from elsewhere.
     */
    static final String PHONE_APP_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Inject
    private RequestOrigin origin;

    @Inject
    private TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // most requests carry no X-Forwarded-For (a direct caller): no call, no read of the setting
        String client = request.getHeader("X-Forwarded-For") == null ? request.getRemoteAddr()
                : proxies.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        origin.setClientAddress(client);
        request.setAttribute(OperatorLog.CLIENT_ADDRESS, client);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
        // older browsers still in offices block a reflected script instead of rewriting the page
        response.setHeader("X-XSS-Protection", "1; mode=block");
        // browsers keep to HTTPS for a year once they saw this over HTTPS (over HTTP they ignore it)
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PHONE_APP)) {
            response.setHeader("Content-Security-Policy", PHONE_APP_POLICY);
            // the service worker keeps the shell; the server's copy is checked again each time, so a new build shows
            response.setHeader("Cache-Control", "no-cache");
        } else if (!path.endsWith(".xhtml") && !"/".equals(path) && !path.isEmpty()) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        if (path.startsWith("/api/") || path.endsWith(".xhtml") || "/".equals(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
