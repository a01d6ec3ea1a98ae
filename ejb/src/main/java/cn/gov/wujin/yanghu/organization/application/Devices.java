package cn.gov.wujin.yanghu.organization.application;

import java.util.Locale;

/** A user agent in the few words a person recognises their device by: "Chrome on Windows", "WeChat on Android". */
public final class Devices {

    private Devices() {
    }

    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String program = ua.contains("micromessenger") ? "WeChat"
                : ua.contains("edg/") ? "Edge"
                : ua.contains("firefox/") ? "Firefox"
                : ua.contains("headlesschrome/") ? "Headless Chrome"
                : ua.contains("chrome/") || ua.contains("chromium/") ? "Chrome"
                : ua.contains("safari/") ? "Safari"
                : ua.startsWith("curl/") ? "curl"
                : ua.startsWith("java") ? "Java"
                : ua.startsWith("okhttp") ? "Android app"
                : null;
        String system = ua.contains("android") ? "Android"
                : ua.contains("iphone") || ua.contains("ipad") ? "iOS"
                : ua.contains("windows") ? "Windows"
                : ua.contains("mac os") ? "macOS"
                : ua.contains("harmonyos") ? "HarmonyOS"
                : ua.contains("linux") ? "Linux"
                : null;
        if (program == null) {
            String first = userAgent.strip().split("[\\s;(]", 2)[0];
            program = first.length() > 40 ? first.substring(0, 40) : first;
        }
        return system == null ? program : program + " · " + system;
    }
}
