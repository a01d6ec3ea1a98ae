package cn.gov.wujin.yanghu.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a page sign-in with a security key: the browser's answer (its
 * PublicKeyCredential as JSON) for the account whose password the first step accepted, and the
 * origin and relying party the browser spoke to.
 */
public record SecurityKeyCredential(String username, String response, String origin, String rpId) implements Credential {
}
