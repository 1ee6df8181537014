package be.sitegate.domain;

import java.util.Arrays;

/**
 * The remarks and refusals the central service's contract names, for the UI to translate. The
 * service's text is kept verbatim next to it (including its spelling, "NISS IS NOT KNOW").
 */
public enum Remark {
    COMPANY_NOT_IN_DUC("COMPANY IS NOT KNOWN AS BUILDER OR SUBCONTRACTOR IN THIS DUC"),
    NISS_NOT_IN_NATIONAL_REGISTER("NISS IS NOT KNOW IN THE NATIONAL REGISTER"),
    LIMOSA_NOT_ACTIVE("LIMOSA ID IS NOT ACTIVE AT DATE"),
    EMPLOYER_NOT_ACTIVE("EMPLOYER NOT ACTIVE"),
    RELATED_DIMONA_NOT_OK("RELATED DIMONA NOT OK"),
    LIMOSA_NOT_KNOWN("LIMOSA ID IS NOT KNOWN"),
    DUC_NOT_EXISTING("DUC IS NOT EXISTING"),
    SITE_NOT_SUBJECT("SITE IS NOT SUBJECT TO PRESENCE REGISTRATION"),
    /** Added by the kiosk when the service answered ALREADY_REGISTERED with the existing receipt. */
    ALREADY_REGISTERED("SAME DECLARATION HAS ALREADY BEEN REGISTERED"),
    /** A text this version does not know; show it as the service wrote it. */
    OTHER("");

    private final String text;

    Remark(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** A remark or refusal text as the service wrote it. */
    public static Remark of(String text) {
        String bare = text.strip();
        return Arrays.stream(values()).filter(r -> r != OTHER && r.text.equals(bare)).findFirst().orElse(OTHER);
    }
}
