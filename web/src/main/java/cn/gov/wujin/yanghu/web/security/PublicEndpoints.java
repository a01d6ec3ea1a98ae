package cn.gov.wujin.yanghu.web.security;

import java.util.Set;

/**
 * The REST endpoints that need no token: the complete list, reviewed. Anything not listed
 * here answers 401 without a valid bearer token (web.xml declares the same).
 */
public final class PublicEndpoints {

    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/token", // exchanges a password for a token
            "POST /api/v1/public/tips" // an anonymous tip, rate-limited per client address
    );

    /** Paths under these prefixes, with the method named. */
    private static final Set<String> PUBLIC_PREFIXES = Set.of(
            "GET /api/v1/public/tips/", // a tip's status by its tracking code
            "GET /api/v1/public/cases/" // a case's progress by its receipt's code and the phone's last digits, rate-limited
    );

    private PublicEndpoints() {
    }

    public static boolean isPublic(String method, String path) {
        String request = method + " " + path;
        return PUBLIC.contains(request) || PUBLIC_PREFIXES.stream().anyMatch(p -> request.startsWith(p) && request.length() > p.length());
    }
}
