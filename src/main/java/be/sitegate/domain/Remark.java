package be.sitegate.domain;

import java.util.Arrays;

/**
 * The remark texts the central service flags a registration with (its search filter lists all 17,
 * presence-registration-soap.md 4.7), for the UI to translate. The service's text is kept verbatim,
 * its spelling ("NISS IS NOT KNOW", "DOESN'T EXISTS", "INDEPENDANT") and its double spaces
 * included; a text that differs only in spacing is recognised too.
 */
public enum Remark {
    RELATED_DIMONA_NOT_OK("RELATED DIMONA NOT OK"),
    INSS_NOT_FOUNDER("GIVEN INSS IS NOT THE FOUNDER OF THE COMPANY"),
    EMPLOYER_NOT_FOUNDER("EMPLOYER IS NOT KNOWN AS COMPANY FOUNDER"),
    COMPANY_DOES_NOT_EXIST("THE COMPANY DOESN'T EXISTS"),
    INDEPENDENT_NOT_FOUNDER("INDEPENDANT IS NOT KNOWN AS COMPANY FOUNDER"),
    LIMOSA_NOT_KNOWN("LIMOSA ID IS NOT KNOWN"),
    LIMOSA_NOT_ACTIVE("LIMOSA ID IS NOT ACTIVE AT DATE"),
    NISS_BIS_NOT_IN_LIMOSA("NISS-BIS IS NOT KNOWN IN LIMOSA"),
    NISS_BIS_NOT_ACTIVE_IN_LIMOSA("NISS-BIS IS NOT ACTIVE AT THIS DATE IN LIMOSA"),
    DUC_NOT_EXISTING("DUC IS NOT EXISTING"),
    DUC_NOT_ACTIVE("DUC IS NOT ACTIVE AT THIS DATE"),
    COMPANY_NOT_IN_DUC("COMPANY IS NOT KNOWN  AS BUILDER OR  SUBCONTRACTOR IN THIS DUC"),
    SITE_NOT_SUBJECT("SITE IS NOT SUBJECT TO PRESENCE REGISTRATION"),
    ALREADY_REGISTERED("SAME DECLARATION HAS ALREADY BEEN REGISTERED"),
    NISS_NOT_IN_NATIONAL_REGISTER("NISS IS NOT KNOW IN THE NATIONAL REGISTER"),
    EMPLOYER_NOT_ACTIVE("EMPLOYER NOT ACTIVE"),
    CONTRACT_NOT_ACTIVE("THE COMPANY ID ASSOCIATED AT A NOT ACTIVE CONTRACT"),
    /** A text this version does not know; show it as the service wrote it. */
    OTHER("");

    private final String text;

    Remark(String text) {
        this.text = text;
    }

    /** The service's own text, exactly. */
    public String text() {
        return text;
    }

    /** A remark or refusal text as the service wrote it. */
    public static Remark of(String text) {
        String bare = text.strip();
        String spaced = bare.replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(r -> r != OTHER
                        && (r.text.equals(bare) || r.text.replaceAll("\\s+", " ").equals(spaced)))
                .findFirst().orElse(OTHER);
    }
}
