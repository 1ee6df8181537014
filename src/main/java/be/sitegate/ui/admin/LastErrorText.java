package be.sitegate.ui.admin;

import be.sitegate.ui.shared.Msg;
import java.util.Optional;
import java.util.Set;

/**
 * The sync's last error code (e.g. {@code TIMEOUT}, {@code SERVER_ERROR (HTTP 500)}) in plain words
 * for the site manager. A code without a translation still shows, as itself, so a new failure is
 * never hidden behind "no error".
 */
final class LastErrorText {

    /** The codes the bundles translate: the central client's reasons for failing or refusing a call. */
    private static final Set<String> KNOWN = Set.of("TIMEOUT", "CONNECTION_REFUSED", "NETWORK", "TLS",
            "SERVER_ERROR", "MALFORMED_ANSWER", "OUTAGE", "RATE_LIMITED", "CLIENT_REFUSED", "TOKEN_REFUSED");

    private LastErrorText() {
    }

    static Msg of(Optional<String> code) {
        if (code.isEmpty() || code.get().isBlank()) {
            return Msg.of("admin.error.none");
        }
        String full = code.get().trim();
        // "SERVER_ERROR (HTTP 500)": the reason is the first word, the rest is detail for a technician.
        String reason = full.split("[ (]", 2)[0];
        // The texts put the code in brackets already: "SERVER_ERROR, HTTP 500" reads better inside them.
        String shown = full.replace(" (", ", ").replace(")", "");
        return KNOWN.contains(reason) ? Msg.of("admin.error." + reason, shown) : Msg.of("admin.error.other", shown);
    }
}
