package cn.gov.wujin.yanghu.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as people type them (138 1234-5678, +86 138…, 0086-138…, (0519) 8888-1234),
 * reduced to one form, so that the same number typed two ways is one number: a suspect's phone
 * links two cases, an enterprise's contact is reached at it.
 */
public final class PhoneNumbers {

    /** What is left once cleaned: digits only, from a short service number to an international one. */
    private static final Pattern DIGITS = Pattern.compile("\\d{5,20}");
    /** Longer than any number with any amount of spacing: not worth cleaning. */
    private static final int LONGEST_TYPED = 300;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    private PhoneNumbers() {
    }

    /**
     * The number without spaces, dashes, brackets, dots and the +86 / 0086 country prefix;
     * empty when what is left is not 5 to 20 digits.
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > LONGEST_TYPED) {
            return Optional.empty();
        }
        String v = SEPARATORS.matcher(raw).replaceAll("");
        if (v.startsWith("+86")) {
            v = v.substring(3);
        } else if (v.startsWith("0086")) {
            v = v.substring(4);
        }
        return DIGITS.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}
