package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.shared.PhoneNumbers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of suspect identifier (涉案要素) and how each is normalised, so that the same
 * account typed two ways links two cases. {@link #normalize} answers empty when the value
 * is not a valid identifier of this kind.
 */
public enum IdentifierType {
    /** Phone numbers: the bureau's one rule for them, {@link PhoneNumbers#normalize} (valid: whatever it kept). */
    PHONE(".+") {
        @Override
        String clean(String raw) {
            return PhoneNumbers.normalize(raw).orElse("");
        }
    },
    /** Bank card and account numbers: digits only. */
    BANK_ACCOUNT("\\d{8,32}") {
        @Override
        String clean(String raw) {
            return raw.replaceAll("[\\s\\-]", "");
        }
    },
    /** Alipay, WeChat Pay and similar accounts (often a phone or an e-mail address). */
    PAYMENT_ACCOUNT("\\S{3,100}") {
        @Override
        String clean(String raw) {
            return raw.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        }
    },
    /** WeChat IDs are not case-sensitive. */
    WECHAT("[a-z0-9_\\-]{3,64}") {
        @Override
        String clean(String raw) {
            return raw.strip().toLowerCase(Locale.ROOT);
        }
    },
    QQ("[1-9]\\d{4,11}") {
        @Override
        String clean(String raw) {
            return raw.replaceAll("\\s", "");
        }
    },
    /** URLs and domains: lower-case host without scheme, "www." and trailing slash; the path is kept. */
    URL("[a-z0-9.\\-]+\\.[a-z0-9\\-]{2,}(:\\d{1,5})?(/\\S*)?") {
        @Override
        String clean(String raw) {
            String v = raw.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.\\-]*://", "");
            int slash = v.indexOf('/');
            String host = (slash < 0 ? v : v.substring(0, slash)).toLowerCase(Locale.ROOT);
            String path = slash < 0 ? "" : v.substring(slash);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return host + path;
        }
    },
    /** App names, compared without case and extra spaces. */
    APP("\\S.{0,99}") {
        @Override
        String clean(String raw) {
            return raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    },
    /** IPv4 without leading zeros, or IPv6 in lower case. */
    IP("(\\d{1,3}\\.){3}\\d{1,3}|[0-9a-f:]{2,39}") {
        @Override
        String clean(String raw) {
            String v = raw.strip().toLowerCase(Locale.ROOT);
            if (v.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
                StringBuilder sb = new StringBuilder();
                for (String part : v.split("\\.")) {
                    int octet = Integer.parseInt(part);
                    if (octet > 255) {
                        return "";
                    }
                    sb.append(sb.length() == 0 ? "" : ".").append(octet);
                }
                return sb.toString();
            }
            return v.contains(":") ? v : "";
        }
    };

    private final Pattern valid;

    IdentifierType(String valid) {
        this.valid = Pattern.compile(valid);
    }

    abstract String clean(String raw);

    public Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 300) {
            return Optional.empty();
        }
        String cleaned = clean(raw);
        return valid.matcher(cleaned).matches() ? Optional.of(cleaned) : Optional.empty();
    }
}
