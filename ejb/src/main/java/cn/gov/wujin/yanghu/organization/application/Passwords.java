package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Password hashing (PBKDF2-HMAC-SHA256, Jakarta Security's format) and the password rule. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Compared against when the username is unknown, so that both cases take as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; stored hashes carry their own parameters.
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for unknown usernames. */
    public void verifyDecoy(String password) {
        pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    /** At least ten characters, with letters and digits. */
    public void checkRule(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new InvalidInputException(field, "password.rule", MIN_LENGTH);
        }
    }
}
