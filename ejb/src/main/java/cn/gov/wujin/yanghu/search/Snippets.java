package cn.gov.wujin.yanghu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result's snippet: the part of its text around the first word found, with every word found
 * marked ({@code <mark>}) and personal data masked as the lists mask it (ID-card numbers keep six
 * and four characters, mobile phones three and four digits, account-length digit runs the last
 * four). Masking keeps the length, so the marks stay on what was found, and a phone searched for
 * is marked masked. The result is HTML: the text escaped, the marks the only elements.
 */
public final class Snippets {

    /** Characters shown around the first hit: before it, and in all. */
    static final int BEFORE = 24;
    static final int LENGTH = 120;

    /** An ID-card number: 17 digits and a digit or X, not inside a longer run. */
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number, perhaps typed in groups (138 1234 5678, 138-1234-5678). */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])");
    /** A bank or payment account: 12 to 19 digits, perhaps typed in groups of four. */
    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9A-Za-z])[0-9]{4}(?:[ -]?[0-9]){8,15}(?![0-9A-Za-z])");

    private Snippets() {
    }

    /** The snippet of {@code text} for the words of a query ({@link SearchText#words}); empty text gives "". */
    public static String of(String text, List<List<String>> words) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        List<int[]> hits = hits(flat, words);
        // the window around the first hit, moved back so that it is full where the text allows
        int start = hits.isEmpty() ? 0 : Math.max(0, Math.min(hits.get(0)[0] - BEFORE, flat.length() - LENGTH));
        int end = Math.min(flat.length(), start + LENGTH);
        String masked = mask(flat);
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append('…');
        }
        int at = start;
        for (int[] hit : hits) {
            if (hit[0] < at || hit[1] > end) {
                continue;
            }
            html.append(escape(masked.substring(at, hit[0]))).append("<mark>")
                    .append(escape(masked.substring(hit[0], hit[1]))).append("</mark>");
            at = hit[1];
        }
        html.append(escape(masked.substring(at, end)));
        if (end < flat.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /** Where the words are found in the text, in order, without overlaps. */
    static List<int[]> hits(String text, List<List<String>> words) {
        List<int[]> all = new ArrayList<>();
        for (List<String> word : words) {
            Matcher m = SearchText.finder(word).matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new int[]{m.start(), m.end()});
                }
            }
        }
        all.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));
        List<int[]> hits = new ArrayList<>();
        int reached = 0;
        for (int[] hit : all) {
            if (hit[0] >= reached) {
                hits.add(hit);
                reached = hit[1];
            }
        }
        return hits;
    }

    /** Personal data in free text masked, the length kept. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        char[] out = text.toCharArray();
        maskDigits(out, ID_CARD.matcher(text), 6, 4);
        maskDigits(out, MOBILE.matcher(text), 3, 4);
        maskDigits(out, ACCOUNT.matcher(text), 0, 4);
        return new String(out);
    }

    /** Within each match, stars for the digits (and X) but the first {@code head} and last {@code tail}. */
    private static void maskDigits(char[] out, Matcher m, int head, int tail) {
        while (m.find()) {
            int digits = 0;
            for (int i = m.start(); i < m.end(); i++) {
                if (out[i] == '*') {
                    digits = -1; // masked already as something more specific (an ID-card number)
                    break;
                }
                digits += isMaskable(out[i]) ? 1 : 0;
            }
            if (digits < 0) {
                continue;
            }
            int seen = 0;
            for (int i = m.start(); i < m.end(); i++) {
                if (isMaskable(out[i])) {
                    if (seen >= head && seen < digits - tail) {
                        out[i] = '*';
                    }
                    seen++;
                }
            }
        }
    }

    private static boolean isMaskable(char c) {
        return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
