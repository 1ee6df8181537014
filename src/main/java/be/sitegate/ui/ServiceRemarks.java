package be.sitegate.ui;

import java.util.Locale;
import java.util.Map;

/**
 * The central service's remarks and refusals, which it writes as English capitals, in the foreman's
 * language. A remark this table does not know is shown as the service wrote it rather than hidden.
 */
final class ServiceRemarks {

    private static final Map<String, String> KEYS = Map.of(
            "RELATED DIMONA NOT OK", "remark.DIMONA_NOT_OK",
            "LIMOSA ID IS NOT KNOWN", "remark.LIMOSA_NOT_KNOWN",
            "LIMOSA ID IS NOT ACTIVE AT DATE", "remark.LIMOSA_NOT_ACTIVE",
            "DUC IS NOT EXISTING", "remark.DUC_NOT_EXISTING",
            "COMPANY IS NOT KNOWN AS BUILDER OR SUBCONTRACTOR IN THIS DUC", "remark.COMPANY_NOT_IN_DUC",
            "SITE IS NOT SUBJECT TO PRESENCE REGISTRATION", "remark.SITE_NOT_SUBJECT",
            "SAME DECLARATION HAS ALREADY BEEN REGISTERED", "remark.ALREADY_REGISTERED",
            // The service's own spelling (sic).
            "NISS IS NOT KNOW IN THE NATIONAL REGISTER", "remark.NISS_NOT_KNOWN",
            "EMPLOYER NOT ACTIVE", "remark.EMPLOYER_NOT_ACTIVE");

    private ServiceRemarks() {
    }

    static Msg of(String remark) {
        String key = KEYS.get(remark.strip().toUpperCase(Locale.ROOT));
        return key != null ? Msg.of(key) : Msg.of("remark.other", remark.strip());
    }
}
