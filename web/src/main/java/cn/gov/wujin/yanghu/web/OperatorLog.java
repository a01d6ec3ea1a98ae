package cn.gov.wujin.yanghu.web;

import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the server log says about a request that did not succeed, so an operator can read it:
 * a refusal (400, 401, 403, 404, 409, 429) is one line (status, method, path, who, from where,
 * why) and no stack; a failure (500) is its stack once, under a reference that the answer and
 * the error page show, so the user's report leads to the line. The EJB container's own stack
 * for a missing role is silenced in the domain's logging configuration (scripts/lib.sh).
 */
public final class OperatorLog {

    /** The request attribute that carries a failure's reference to the error page. */
    public static final String REFERENCE = "yanghu.failureReference";
    /** The request attribute with the client's address as the filter resolved it (behind a trusted proxy too). */
    public static final String CLIENT_ADDRESS = "yanghu.clientAddress";

    private static final String REFUSAL_LOGGED = "yanghu.refusalLogged";
    private static final Logger REFUSALS = Logger.getLogger("cn.gov.wujin.yanghu.refusals");
    private static final Logger FAILURES = Logger.getLogger("cn.gov.wujin.yanghu.failures");
    private static final SecureRandom RANDOM = new SecureRandom();

    private OperatorLog() {
    }

    /**
     * One line for a refused request; {@code why} is the refusal's code or message key. Once per
     * request: Jersey hands an EJB's refusal to the mappers twice (its EJB integration unwraps
     * the container's exception and maps the cause again).
     */
    public static void refused(HttpServletRequest request, int status, String why) {
        if (request.getAttribute(REFUSAL_LOGGED) != null) {
            return;
        }
        request.setAttribute(REFUSAL_LOGGED, Boolean.TRUE);
        if (REFUSALS.isLoggable(Level.INFO)) {
            REFUSALS.log(Level.INFO, "{0} {1} {2} by {3} from {4}: {5}",
                    new Object[]{status, method(request), path(request), caller(request), address(request), oneLine(why)});
        }
    }

    /**
     * Logs a failure with its stack, once per request: a second call for the same request (the
     * page's handler, then its filter) returns the first reference and logs nothing.
     */
    public static String failed(HttpServletRequest request, Throwable failure) {
        Object known = request == null ? null : request.getAttribute(REFERENCE);
        if (known != null) {
            return known.toString();
        }
        String reference = newReference();
        if (request != null) {
            request.setAttribute(REFERENCE, reference);
        }
        FAILURES.log(Level.SEVERE, "failure " + reference + ": " + method(request) + " " + path(request) + " by " + caller(request)
                + " from " + address(request), failure);
        return reference;
    }

    /** Eight hex digits: enough to find one line among a day's, short enough to read out on the phone. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String method(HttpServletRequest request) {
        return request == null ? "-" : request.getMethod();
    }

    private static String path(HttpServletRequest request) {
        if (request == null) {
            return "-";
        }
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        return oneLine(uri.length() > 200 ? uri.substring(0, 200) + "…" : uri);
    }

    private static String caller(HttpServletRequest request) {
        Principal principal = request == null ? null : request.getUserPrincipal();
        return principal == null ? "anonymous" : oneLine(principal.getName());
    }

    private static String address(HttpServletRequest request) {
        if (request == null) {
            return "-";
        }
        Object resolved = request.getAttribute(CLIENT_ADDRESS);
        return resolved != null ? resolved.toString() : request.getRemoteAddr();
    }

    /** No line breaks from the caller's input in a log line (log forging). */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]", " ");
    }
}
