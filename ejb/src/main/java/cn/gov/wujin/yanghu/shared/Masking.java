package cn.gov.wujin.yanghu.shared;

/**
 * Masks personal data for lists and API responses (DOMAIN.md): ID-card numbers keep the
 * first six and last four characters (320412********1234), phones the first three and last
 * four (138****5678), bank accounts the last four (**** **** 1234 style: ************1234),
 * a person's name the surname only (张**).
 */
public final class Masking {

    private Masking() {
    }

    public static String idCardNumber(String value) {
        return keep(value, 6, 4);
    }

    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String digits = value.replaceAll("[\\s-]", "");
        return keep(digits, 3, 4);
    }

    public static String bankAccount(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return keep(value.replace(" ", ""), 0, 4);
    }

    /**
     * The first character (the surname of a Chinese name) and two stars, whatever the name's
     * length, so the stars do not tell it either: 张三丰 and 张三 are both 张**. Null or blank
     * stays as it is.
     */
    public static String personName(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String name = value.strip();
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return value;
        }
        int length = value.length();
        if (length <= tail) {
            return "*".repeat(length);
        }
        if (length <= head + tail) {
            // too short to show both ends: show only the tail
            return "*".repeat(length - tail) + value.substring(length - tail);
        }
        return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
    }
}
