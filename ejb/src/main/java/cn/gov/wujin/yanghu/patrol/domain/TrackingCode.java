package cn.gov.wujin.yanghu.patrol.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * An anonymous tip's tracking code (查询码): ten characters of an alphabet without look-alikes
 * (no 0/O, 1/I), shown as two groups of five ({@code 7KQ2M-XH9PA}). People copy it from a
 * screen or a note: typed without the hyphen, in lower case or with spaces, it is still the code.
 */
public final class TrackingCode {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final int GROUP = 5;

    private TrackingCode() {
    }

    /** A new code, {@code XXXXX-XXXXX}. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == GROUP) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * The code as stored, from what someone typed: spaces and hyphens (ASCII or full-width) and
     * case do not matter. Anything that is not ten characters of the code's length comes back
     * stripped and upper-cased, so it simply finds nothing.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.replaceAll("[\\s\\u3000\\-\\u2010-\\u2015\\uFF0D]", "").toUpperCase(Locale.ROOT);
        return compact.length() == LENGTH ? compact.substring(0, GROUP) + '-' + compact.substring(GROUP) : compact;
    }
}
