package cn.gov.wujin.yanghu.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a page sign-in: the code for the account whose password the first step
 * accepted (the login page keeps that account in the session, never taken from the form).
 */
public record SecondFactorCredential(String username, String code) implements Credential {
}
