package cn.gov.wujin.yanghu.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers free text names (涉案要素 in a tip, a request, a visit note, a narrative), the
 * Java twin of the SQL function {@code extract_identifiers} (V31), which the database runs in the
 * writing transaction; the two hold the same patterns. Conservative, since a false sighting
 * links strangers: an 11-digit mobile number never inside a longer digit run; a bank account
 * 16 to 19 digits with a valid Luhn check digit, not shaped like an ID-card number; WeChat, QQ
 * and Alipay ids only after their keyword; an app name only quoted before APP/软件/客户端; a URL
 * only with a known top-level domain, never an e-mail address's. Values are normalised as the
 * intake normalises them (fraud.domain.IdentifierType).
 */
public final class IdentifierExtraction {

    /** One identifier found: its type (as IdentifierType names it) and its normalised value. */
    public record Found(String type, String value) {
    }

    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:\\+86[ -]?|0086[ -]?)?(1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4})(?![0-9])");
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?<![0-9])([1-9][0-9]{3}(?:[ -]?[0-9]{4}){2,3}(?:[ -]?[0-9]{1,3})?)(?![0-9])");
    private static final Pattern ID_CARD_SHAPE = Pattern.compile(
            "[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{4}");
    private static final Pattern PAYMENT = Pattern.compile(
            "支付宝(?:账号|账户|帐号)?[:： ]*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|1[3-9][0-9]{9}(?![0-9]))");
    private static final Pattern WECHAT = Pattern.compile(
            "(?:微信号?|[Vv][Xx]|[Ww][Xx]|[Ww]e[Cc]hat)[:： ]*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])");
    private static final Pattern QQ = Pattern.compile("[Qq][Qq](?:号码|号)?[:： ]*([1-9][0-9]{4,10})(?![0-9])");
    private static final Pattern URL = Pattern.compile("(?<![A-Za-z0-9.@_-])(?:[Hh][Tt][Tt][Pp][Ss]?://)?(?:[Ww][Ww][Ww]\\.)?"
            + "((?:[A-Za-z0-9-]+\\.)+(?:com|cn|net|org|top|xyz|vip|cc|app|io|info|shop|site|online|club|ltd)(?::[0-9]{1,5})?"
            + "(?:/[A-Za-z0-9._~%/?#=&+-]*)?)(?![A-Za-z0-9])");
    private static final Pattern APP = Pattern.compile("[“\"「《]([^”\"」》\\n]{2,20})[”\"」》] ?(?:APP|App|app|软件|客户端)");

    private IdentifierExtraction() {
    }

    /** Every identifier the text names, each once, in the order of the types above. */
    public static Set<Found> extract(String text) {
        Set<Found> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        each(PHONE, s, v -> found.add(new Found("PHONE", v.replaceAll("[ -]", ""))));
        each(ACCOUNT, s, v -> {
            String digits = v.replaceAll("[ -]", "");
            if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && !ID_CARD_SHAPE.matcher(digits).matches()) {
                found.add(new Found("BANK_ACCOUNT", digits));
            }
        });
        each(PAYMENT, s, v -> found.add(new Found("PAYMENT_ACCOUNT", v.toLowerCase(Locale.ROOT))));
        each(WECHAT, s, v -> found.add(new Found("WECHAT", v.toLowerCase(Locale.ROOT))));
        each(QQ, s, v -> found.add(new Found("QQ", v)));
        each(URL, s, v -> {
            int slash = v.indexOf('/');
            String host = (slash < 0 ? v : v.substring(0, slash)).toLowerCase(Locale.ROOT);
            String path = slash < 0 ? "" : v.substring(slash).replaceAll("/+$", "");
            found.add(new Found("URL", host + path));
        });
        each(APP, s, v -> found.add(new Found("APP", v.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))));
        return found;
    }

    /** The Luhn check (ISO/IEC 7812) bank cards carry in their last digit. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static void each(Pattern pattern, String text, java.util.function.Consumer<String> value) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            value.accept(m.group(1));
        }
    }
}
