package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.shared.BureauTime;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a notification in a reader's language. An argument that starts with {@code #} names
 * a message of the same bundle (a status, an action) and is rendered in that language too.
 */
public final class NotificationTexts {

    private static final String BUNDLE = "cn.gov.wujin.yanghu.notification.texts";
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private NotificationTexts() {
    }

    public static String title(NotificationKind kind, List<String> args, Locale locale) {
        return render(kind.name() + ".title", args, locale);
    }

    public static String text(NotificationKind kind, List<String> args, Locale locale) {
        return render(kind.name() + ".text", args, locale);
    }

    /** The title and the text in one line, as an SMS carries them. */
    public static String message(NotificationKind kind, List<String> args, Locale locale) {
        return "【" + get(bundle(locale), "app") + "】" + title(kind, args, locale) + "：" + text(kind, args, locale);
    }

    /**
     * Any message of the bundle with its arguments in a reader's language (points reasons use
     * it): an unknown key comes back as it is.
     */
    public static String format(String key, List<String> args, Locale locale) {
        return render(key, args, locale);
    }

    /** Arguments kept as a JSON array of strings (notification.args, points_award.reason_args). */
    public static List<String> args(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
    }

    /** Arguments as a JSON array of strings. */
    public static String json(List<String> args) {
        jakarta.json.JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
        for (String arg : args) {
            array.add(arg == null ? "" : arg);
        }
        return array.build().toString();
    }

    /** A time as the texts show it, in the bureau's time zone, the same in both languages: "12-06 19:30". */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(BureauTime.ZONE));
    }

    private static String render(String key, List<String> args, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] values = args.stream().map(a -> a != null && a.startsWith("#") ? get(bundle, a.substring(1)) : a).toArray();
        return new MessageFormat(get(bundle, key), bundle.getLocale()).format(values);
    }

    private static String get(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale supported = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle(BUNDLE, supported, NotificationTexts.class.getClassLoader(), EXACT);
    }
}
