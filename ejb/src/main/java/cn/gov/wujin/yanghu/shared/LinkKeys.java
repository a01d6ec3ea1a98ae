package cn.gov.wujin.yanghu.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The names a link or an API parameter gives a list's queue ({@code ?queue=due}): lower case, spaces around ignored. */
public final class LinkKeys {

    private LinkKeys() {
    }

    /** The constant among {@code values} whose key is {@code raw}; empty for none (or no text). */
    public static <E> Optional<E> find(E[] values, Function<E, String> keyOf, String raw) {
        String key = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> keyOf.apply(v).equals(key)).findFirst();
    }
}
