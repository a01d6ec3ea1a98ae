package cn.gov.wujin.yanghu.fraud.domain;

import java.security.SecureRandom;

/**
 * The query code printed on the receipt (受案回执): with the last four digits of the reporter's
 * phone it opens the public progress lookup. Ten characters of an alphabet without I, O, 0 and
 * 1 (confused when read from paper): 50 bits, not guessable at the lookup's rate limit. The
 * database function {@code new_receipt_code()} uses the same alphabet for rows written by SQL.
 */
public final class ReceiptCode {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 10;
    public static final String PATTERN = "^[A-HJ-NP-Z2-9]{10}$";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCode() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
