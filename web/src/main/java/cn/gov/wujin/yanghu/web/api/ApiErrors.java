package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.web.Refusals;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Error answers of the REST API, in the caller's language (Accept-Language; zh-CN by default). */
public final class ApiErrors {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiErrors() {
    }

    /** Answers 401 from the authentication mechanism, before any resource runs. */
    public static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"yanghu\"");
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", key);
    }

    /** Answers 503 when the token cannot be checked because the database cannot be reached: the client retries. */
    public static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Refusals.RETRY_AFTER_SECONDS);
        return refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", "error.unavailable");
    }

    /**
     * Answers 403 from the authentication mechanism: the token is valid, but its account must
     * enrol a second factor before anything but that (and signing out).
     */
    public static AuthenticationStatus enrolmentRequired(HttpServletRequest request, HttpServletResponse response) {
        return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "second_factor_enrolment_required", "mfa.mustEnrol");
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status, String code,
                                               String key) {
        try {
            write(request, response, status, code, key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Writes an error answer of the API: the status, and {@link ErrorBody} with the message of {@code key}. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String key) throws IOException {
        response.setStatus(status);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(new ErrorBody(code, Messages.get(request.getLocale(), key), null)));
        response.flushBuffer();
    }
}
