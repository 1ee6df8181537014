package be.sitegate.logging;

import java.util.regex.Pattern;

/**
 * Hides secrets that a careless log line could carry: a bearer token, anything shaped like a JWT (an
 * access token, a client assertion) and a PEM private key. The kiosk never logs these on purpose;
 * this is the net under that rule, for its log files and for the bundle sent to support.
 */
public final class SecretMask {

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
    /** Header and payload of a JWT are base64url JSON, so they start with "eyJ" ({"). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|\\z)", Pattern.DOTALL);

    private SecretMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (out.contains("PRIVATE KEY-----")) {
            out = PRIVATE_KEY.matcher(out).replaceAll("[private key removed]");
        }
        if (out.contains("eyJ")) {
            out = JWT.matcher(out).replaceAll("[token removed]");
        }
        if (containsIgnoreCase(out, "bearer")) {
            out = BEARER.matcher(out).replaceAll("$1[token removed]");
        }
        return out;
    }

    /** National numbers and secrets: what every line bound for a log or a support bundle goes through. */
    public static String maskAll(String text) {
        return mask(NationalNumberMask.mask(text));
    }

    private static boolean containsIgnoreCase(String text, String word) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(word);
    }
}
