package cn.gov.wujin.yanghu.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts in zh-CN (default) and en, for pages, REST messages and error bodies alike. */
public final class Messages {

    public static final String BUNDLE = "cn.gov.wujin.yanghu.web.i18n.messages";
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ZH_CN, Locale.ENGLISH);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** English when asked for English, otherwise Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : ZH_CN;
    }
}
