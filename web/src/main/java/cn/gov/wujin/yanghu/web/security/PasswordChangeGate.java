package cn.gov.wujin.yanghu.web.security;

import cn.gov.wujin.yanghu.organization.application.FirstSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * Sends a signed-in person whose password was handed out (FirstSignIn) to the password change
 * before any other page. The session remembers an account that needs no change, so the check
 * costs one read per session; one that does is read again on each page until it has changed.
 * The API needs no gate here: it issues such an account no token.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The password change, which the gate lets through. */
    static final String PROFILE = "/account/profile.xhtml";
    private static final String CHECKED = "yanghu.passwordChangeRequired";

    @Inject
    private FirstSignIn firstSignIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (principal == null || path.equals(PROFILE) || path.equals("/login.xhtml") || path.startsWith("/errors/")
                || path.startsWith("/public/") || !mustChange(request.getSession(false), principal.getName())) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PROFILE + "?firstSignIn=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request follows a redirect only when the partial response says so
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                    + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    private boolean mustChange(HttpSession session, String username) {
        if (session != null && Boolean.FALSE.equals(session.getAttribute(CHECKED))) {
            return false;
        }
        boolean required = firstSignIn.passwordChangeRequired(username);
        if (session != null) {
            session.setAttribute(CHECKED, required);
        }
        return required;
    }
}
