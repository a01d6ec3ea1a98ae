package cn.gov.wujin.yanghu.web.security;

import java.util.Set;

/**
 * What an account may reach while its role requires a second factor it has not enrolled: the
 * enrolment itself and signing out, nothing else. The pages send it to the enrolment page, the
 * API answers 403 second_factor_enrolment_required.
 */
public final class EnrolmentGate {

    public static final String PAGE = "/account/second-factor.xhtml";

    /** The profile too: an imported account changes its handed-out password there first (PasswordChangeGate), then enrols. */
    private static final Set<String> PAGES = Set.of(PAGE, "/login.xhtml", "/live/notifications", PasswordChangeGate.PROFILE);

    private static final Set<String> API = Set.of(
            "GET /api/v1/me",
            "GET /api/v1/me/second-factor",
            "POST /api/v1/me/second-factor/totp",
            "POST /api/v1/me/second-factor/totp/confirmation",
            "DELETE /api/v1/auth/token");

    private EnrolmentGate() {
    }

    static boolean allowsPage(String path) {
        return PAGES.contains(path) || path.startsWith("/errors/") || path.startsWith("/public/");
    }

    static boolean allowsApi(String method, String path) {
        return API.contains(method + " " + path);
    }
}
