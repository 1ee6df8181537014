package be.sitegate.central;

import java.util.Arrays;

/**
 * The validation remarks the contract names, for the UI to translate. The service's text is kept
 * verbatim next to it (including its spelling, "NISS IS NOT KNOW").
 */
public enum Remark {
    COMPANY_NOT_IN_DUC("COMPANY IS NOT KNOWN AS BUILDER OR SUBCONTRACTOR IN THIS DUC"),
    NISS_NOT_IN_NATIONAL_REGISTER("NISS IS NOT KNOW IN THE NATIONAL REGISTER"),
    LIMOSA_NOT_ACTIVE("LIMOSA ID IS NOT ACTIVE AT DATE"),
    EMPLOYER_NOT_ACTIVE("EMPLOYER NOT ACTIVE"),
    RELATED_DIMONA_NOT_OK("RELATED DIMONA NOT OK"),
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

    public static Remark classify(String text) {
        return Arrays.stream(values()).filter(r -> r != OTHER && r.text.equals(text)).findFirst().orElse(OTHER);
    }
}
