package cn.gov.wujin.yanghu.web.security;

import cn.gov.wujin.yanghu.organization.access.CurrentCaller;
import cn.gov.wujin.yanghu.organization.application.SessionIdentity;
import cn.gov.wujin.yanghu.organization.application.Sessions;
import cn.gov.wujin.yanghu.organization.application.AccountIdentity;
import cn.gov.wujin.yanghu.organization.application.TokenOwner;
import cn.gov.wujin.yanghu.web.Refusals;
import cn.gov.wujin.yanghu.web.api.ApiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One mechanism for both doors:
 * <ul>
 * <li>{@code /api/*}: {@code Authorization: Bearer <token>}, checked against the database
 * ({@link BearerTokens}: what an instance read is kept for a few seconds, and forgotten at
 * once when a change is announced); no session is created.</li>
 * <li>pages: the login page hands the credential over ({@code SecurityContext.authenticate});
 * the session then keeps only the username, and each request re-reads the account, so a
 * deactivated account or a changed role takes effect at once on every instance.</li>
 * </ul>
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "yanghu.username";
    /** The identity the database confirmed at the session's last request. */
    private static final String SESSION_IDENTITY = "yanghu.identity";
    /** The key of the session's row in web_session (see {@code Sessions}): ended there, the session ends everywhere. */
    public static final String SESSION_KEY = "yanghu.sessionKey";
    /** Set on the request when a login could not be checked because the database is down. */
    public static final String LOGIN_UNAVAILABLE = "yanghu.loginUnavailable";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private BearerTokens tokens;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionIdentity sessionIdentity;

    @Inject
    private Sessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer(request, response, context, path);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<AccountIdentity> identity;
            try {
                identity = sessionIdentity.of(username, (String) session.getAttribute(SESSION_KEY));
            } catch (RuntimeException e) {
                if (!Refusals.databaseUnavailable(e)) {
                    throw e;
                }
                // the database cannot confirm the account now; nothing can be read or saved without
                // it either, so the identity it confirmed last carries the page to its 503 answer
                identity = Optional.ofNullable((AccountIdentity) session.getAttribute(SESSION_IDENTITY));
                if (identity.isEmpty()) {
                    return unavailable(response);
                }
            }
            if (identity.isPresent()) {
                if (!identity.get().equals(session.getAttribute(SESSION_IDENTITY))) {
                    session.setAttribute(SESSION_IDENTITY, identity.get()); // set on change only: a set attribute is replicated
                }
                if (identity.get().mustEnrol() && context.isProtected() && !EnrolmentGate.allowsPage(path)) {
                    return redirect(response, context, request.getContextPath() + EnrolmentGate.PAGE, request);
                }
                return context.notifyContainerAboutLogin(identity.get().username(), identity.get().roles());
            }
            session.invalidate(); // the account was deactivated, or the session ended (by its owner, an administrator) meanwhile
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context, path);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                        String path) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<TokenOwner> owner;
            try {
                owner = tokens.owner(header.substring(7).trim());
            } catch (RuntimeException e) {
                if (Refusals.databaseUnavailable(e)) {
                    return ApiErrors.unavailable(request, response);
                }
                throw e;
            }
            if (owner.isPresent()) {
                AccountIdentity identity = owner.get().identity();
                if (identity.mustEnrol() && !EnrolmentGate.allowsApi(request.getMethod(), path)) {
                    return ApiErrors.enrolmentRequired(request, response);
                }
                currentCaller.authenticated(owner.get().caller()); // saves this request a second read of the same account
                return context.notifyContainerAboutLogin(identity.username(), identity.roles());
            }
            return ApiErrors.unauthorized(request, response, "auth.tokenInvalid");
        }
        if (PublicEndpoints.isPublic(request.getMethod(), path)) {
            return context.doNothing();
        }
        return ApiErrors.unauthorized(request, response, "auth.tokenMissing");
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            if (Refusals.databaseUnavailable(e)) {
                request.setAttribute(LOGIN_UNAVAILABLE, Boolean.TRUE); // the login form says so
                return AuthenticationStatus.SEND_FAILURE;
            }
            throw e;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at login: an id planted before login is worthless after it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_KEY, sessions.start(result.getCallerPrincipal().getName(), request.getHeader("User-Agent"),
                request.getRemoteAddr()));
        return context.notifyContainerAboutLogin(result);
    }

    /** A page request the database cannot serve now: 503 with the error page, to be tried again. */
    private static AuthenticationStatus unavailable(HttpServletResponse response) {
        try {
            response.setHeader("Retry-After", Refusals.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String path) {
        String query = request.getQueryString();
        String next = path + (query == null ? "" : "?" + query);
        String login = request.getContextPath() + "/login.xhtml"
                + ("/".equals(path) || path.isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return redirect(response, context, login, request);
    }

    /** A redirect a page or its Ajax request follows. */
    private static AuthenticationStatus redirect(HttpServletResponse response, HttpMessageContext context, String login,
                                                 HttpServletRequest request) {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request of an expired session: Faces must be told to redirect, a 302 would be swallowed
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"></redirect></partial-response>");
                response.flushBuffer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }
}
