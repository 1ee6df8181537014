package be.sitegate.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides national numbers in text bound for logs. The kiosk's parsers accept a national number with
 * any separators between its digits (dots, dashes, slashes, white space, no-break spaces, in any
 * mix), so the mask must recognise at least as much: it looks at runs of digit groups joined by
 * such separators and masks every stretch of whole groups that holds exactly 11 digits, whether or
 * not the check digits are right (a mistyped national number is still personal data). Only the last
 * two digits stay, as on the screens ({@code **.**.**-***.28}).
 *
 * <p>A group is never split: a receipt number (12 digits or more, written as one group) or an
 * enterprise number (10) is left alone. The price of leaning to the safe side is that an unrelated
 * 11-digit stretch (a date followed by a number) is masked too; a log line that loses a date is
 * better than one that leaks a person.
 */
public final class NationalNumberMask {

    /**
     * What the parsers skip (dots, dashes, slashes, {@link Character#isWhitespace} and the no-break
     * space), and a little more: {@code \h} and {@code \v} are every horizontal and vertical space.
     */
    private static final String SEPARATOR = "[./\\-\\s\\h\\v\\u001c-\\u001f]";
    private static final Pattern RUN = Pattern.compile("\\d+(?:" + SEPARATOR + "+\\d+)*");
    private static final Pattern GROUP = Pattern.compile("\\d+");
    private static final int DIGITS = 11;

    private NationalNumberMask() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < DIGITS) {
            return text;
        }
        Matcher run = RUN.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (run.find()) {
            List<int[]> stretches = elevenDigitStretches(text, run.start(), run.end());
            if (stretches.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            for (int[] stretch : stretches) {
                out.append(text, copied, stretch[0]);
                String last = digitsOf(text, stretch[0], stretch[1]);
                out.append("**.**.**-***.").append(last, DIGITS - 2, DIGITS);
                copied = stretch[1];
            }
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /**
     * The stretches of consecutive whole groups in the run that hold exactly 11 digits, left to right
     * and not overlapping: a sliding window over the groups' lengths.
     */
    private static List<int[]> elevenDigitStretches(String text, int from, int to) {
        List<int[]> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(text).region(from, to);
        while (g.find()) {
            groups.add(new int[] {g.start(), g.end()});
        }
        List<int[]> out = new ArrayList<>();
        int first = 0;
        int digits = 0;
        for (int last = 0; last < groups.size(); last++) {
            digits += length(groups.get(last));
            while (digits > DIGITS && first <= last) {
                digits -= length(groups.get(first++));
            }
            if (digits == DIGITS) {
                out.add(new int[] {groups.get(first)[0], groups.get(last)[1]});
                first = last + 1;
                digits = 0;
            }
        }
        return out;
    }

    private static int length(int[] group) {
        return group[1] - group[0];
    }

    private static String digitsOf(String text, int from, int to) {
        StringBuilder d = new StringBuilder(DIGITS);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.toString();
    }
}
