package cn.gov.wujin.yanghu.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The origin and relying-party id a browser's WebAuthn answer must name: this request's scheme,
 * host and port (behind a proxy, the address the browser used, as the proxy passes it on), or the
 * setting {@code yanghu.webauthn.origin} (e.g. https://yanghu.wujin.gov.cn) where they differ.
 */
public record WebAuthnOrigin(String origin, String rpId) {

    public static WebAuthnOrigin of(HttpServletRequest request) {
        String configured = System.getProperty("yanghu.webauthn.origin");
        if (configured != null && !configured.isBlank()) {
            java.net.URI uri = java.net.URI.create(configured.strip());
            return new WebAuthnOrigin(configured.strip().replaceAll("/+$", ""), uri.getHost());
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return new WebAuthnOrigin(scheme + "://" + request.getServerName() + (usual ? "" : ":" + port), request.getServerName());
    }
}
