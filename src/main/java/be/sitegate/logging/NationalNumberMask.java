package be.sitegate.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides national numbers in text bound for logs. Anything shaped like one (11 digits, bare or
 * written {@code YY.MM.DD-SSS.CC}) is masked whether or not its check digits are right: a mistyped
 * national number is still personal data. Receipt numbers (12+ digits) are not touched.
 */
public final class NationalNumberMask {

    private static final Pattern SHAPE = Pattern.compile(
            "(?<![\\d.])(\\d{2})([.\\s]?)(\\d{2})\\2(\\d{2})[-.\\s]?\\d{3}[.\\s]?\\d{2}(?![\\d])");

    private NationalNumberMask() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, m.group(1) + "." + m.group(3) + "." + m.group(4) + "-***.**");
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
