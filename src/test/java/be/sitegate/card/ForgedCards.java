package be.sitegate.card;

import be.sitegate.virtualcard.VirtualCardPki.Forgery;
import java.util.LinkedHashMap;
import java.util.Map;

/** The forged profiles of the virtual card and the rule each must be refused for (issue 15's regression cases). */
public final class ForgedCards {

    private ForgedCards() {
    }

    public static NotAuthenticReason expectedReason(Forgery forgery) {
        return switch (forgery) {
            case CA_SIGNER -> NotAuthenticReason.RRN_SIGNER_IS_CA;
            case NO_SIGNING_USAGE -> NotAuthenticReason.RRN_KEY_USAGE;
            case WRONG_SUBJECT -> NotAuthenticReason.RRN_SUBJECT;
            case EXTRA_INTERMEDIATE, MISSING_INTERMEDIATE -> NotAuthenticReason.RRN_PATH_SHAPE;
            case NOT_VALID_AT_ISSUE -> NotAuthenticReason.RRN_NOT_VALID_AT_ISSUE;
        };
    }

    /** Every forged profile name (RSA applet 1.7 and EC applet 1.8 for each forgery) and its expected reason. */
    public static Map<String, NotAuthenticReason> profiles() {
        Map<String, NotAuthenticReason> out = new LinkedHashMap<>();
        for (Forgery f : Forgery.values()) {
            out.put(rsa(f), expectedReason(f));
            out.put(ec(f), expectedReason(f));
        }
        return out;
    }

    public static String rsa(Forgery f) {
        return "forged-" + f.id() + "-rsa";
    }

    public static String ec(Forgery f) {
        return "forged-" + f.id() + "-ec";
    }
}
