package cn.gov.wujin.yanghu.web.security;

import java.util.Set;

/**
 * The REST endpoints that need no token: the complete list, reviewed. Anything not listed
 * here answers 401 without a valid bearer token (web.xml declares the same).
 */
public final class PublicEndpoints {

    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/token" // exchanges a password for a token
    );

    private PublicEndpoints() {
    }

    public static boolean isPublic(String method, String path) {
        return PUBLIC.contains(method + " " + path);
    }
}
