package cn.gov.wujin.yanghu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Resident ID-card numbers (居民身份证号码, GB 11643-1999): 18 characters with an ISO 7064 MOD 11-2 check character. */
public final class IdCardNumbers {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumbers() {
    }

    /** Upper-cases a trailing x and removes spaces, as people type them. */
    public static String normalize(String value) {
        return value == null ? null : value.replace(" ", "").toUpperCase();
    }

    public static boolean isValid(String value) {
        String v = normalize(value);
        if (v == null || !FORMAT.matcher(v).matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return v.charAt(17) == checkCharacter(v.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
