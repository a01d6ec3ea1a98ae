package cn.gov.wujin.yanghu.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text as the search index sees it, the Java twin of the SQL function {@code search_document}
 * (V31): NFKC, ASCII lower case, the +86 / 0086 prefix and the separators between digits
 * dropped (as {@link cn.gov.wujin.yanghu.shared.PhoneNumbers} does), every Chinese character a
 * word of its own, a-z/0-9 runs words, everything else a separator. The two must agree: a word
 * typed is found only when it becomes the same tokens the index holds.
 *
 * <p>A query is a list of words (split at white space); each word becomes a phrase of its
 * tokens ({@code 养老} is {@code 养 <-> 老}, {@code HT-2026-000123} is {@code ht <-> 2026000123})
 * and all the words must match.
 */
public final class SearchText {

    /** Longest query read; beyond it a query is cut (no real search is longer). */
    public static final int MAX_QUERY = 100;
    /** Most words of a query used. */
    public static final int MAX_WORDS = 8;

    private static final String CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("(^|[^0-9])(\\+86|0086)[\\s().-]*([0-9])");
    private static final Pattern BETWEEN_DIGITS = Pattern.compile("([0-9])[\\s().-]+(?=[0-9])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9" + CJK + "]+");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+|[" + CJK + "]");

    private SearchText() {
    }

    /** The text with digits joined and the country prefix dropped, before it is cut into tokens. */
    static String normalize(String text) {
        String s = asciiLower(Normalizer.normalize(text, Normalizer.Form.NFKC));
        s = COUNTRY_PREFIX.matcher(s).replaceAll("$1$3");
        return BETWEEN_DIGITS.matcher(s).replaceAll("$1");
    }

    /** The tokens the index holds for this text, in order (what {@code search_document} makes). */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        var m = TOKEN.matcher(SEPARATORS.matcher(normalize(text)).replaceAll(" "));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * The words of a query, each as its tokens; words without a token (punctuation only) are left
     * out, and so are words beyond {@link #MAX_WORDS}. The digits of one number typed with spaces
     * (138 1234 5678) are joined first, so they make one word, as in the index.
     */
    public static List<List<String>> words(String query) {
        List<List<String>> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        String cut = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        for (String word : normalize(cut).strip().split("\\s+")) {
            List<String> tokens = tokens(word);
            if (!tokens.isEmpty() && words.size() < MAX_WORDS) {
                words.add(tokens);
            }
        }
        return words;
    }

    /**
     * The {@code tsquery} (for {@code to_tsquery('simple', …)}) of the words typed: a phrase per
     * word, all of them required. Empty when nothing searchable was typed. Tokens are only a-z,
     * 0-9 or one Chinese character, so none needs quoting.
     */
    public static Optional<String> tsquery(String query) {
        List<List<String>> words = words(query);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.stream().map(tokens -> tokens.size() == 1 ? tokens.get(0)
                        : "(" + String.join(" <-> ", tokens) + ")")
                .collect(Collectors.joining(" & ")));
    }

    /**
     * A pattern finding a word of the query in the original text, for highlighting: its tokens
     * in order with separators between them (as the index ignores them), digits of a number
     * with the separators people type between digits.
     */
    static Pattern finder(List<String> tokens) {
        StringBuilder regex = new StringBuilder();
        for (int t = 0; t < tokens.size(); t++) {
            if (t > 0) {
                regex.append("[^a-zA-Z0-9").append(CJK).append("]*?");
            }
            String token = tokens.get(t);
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (i > 0 && Character.isDigit(c) && Character.isDigit(token.charAt(i - 1))) {
                    regex.append("[\\s().-]*");
                }
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }
}
