package be.sitegate.simulator;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operations this simulator offers beyond what the real service is documented to offer
 * (presence-registration-soap.md, section 10: no employer look-up, search for inspection only, no
 * de-duplication on the client reference). Each can be switched off, so a kiosk is tested against
 * a service that lacks it.
 *
 * @param employerLookup {@code POST /api/v1/employer-lookups}; off, it is not found ({@code 404})
 * @param search {@code GET /api/v1/presences}; off, it is refused as inspection-only ({@code 403})
 * @param referenceReplay a resent {@code clientReference} gets its first answer again; off, a resend
 *        is registered again and flagged {@code SAME DECLARATION HAS ALREADY BEEN REGISTERED}
 */
public record Capabilities(boolean employerLookup, boolean search, boolean referenceReplay) {

    public static final Capabilities ALL = new Capabilities(true, true, true);
    /** Only what the real service's published interface offers. */
    public static final Capabilities NONE = new Capabilities(false, false, false);

    public enum Name {
        EMPLOYER_LOOKUP, SEARCH, REFERENCE_REPLAY;

        /** The form used on the command line: {@code employer-lookup}, {@code search}, {@code reference-replay}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Name ofOption(String text) {
            for (Name n : values()) {
                if (n.option().equals(text.trim())) {
                    return n;
                }
            }
            throw new IllegalArgumentException("unknown capability '" + text.trim() + "'; known: "
                    + Arrays.stream(values()).map(Name::option).collect(Collectors.joining(", ")));
        }
    }

    /** Every capability except those named, e.g. {@code "employer-lookup,search"}; "all" names them all. */
    public static Capabilities without(String names) {
        if (names == null || names.isBlank()) {
            return ALL;
        }
        if (names.trim().equals("all")) {
            return NONE;
        }
        Set<Name> off = new LinkedHashSet<>();
        for (String part : names.split(",")) {
            off.add(Name.ofOption(part));
        }
        return new Capabilities(!off.contains(Name.EMPLOYER_LOOKUP), !off.contains(Name.SEARCH),
                !off.contains(Name.REFERENCE_REPLAY));
    }

    @Override
    public String toString() {
        Set<String> on = new LinkedHashSet<>();
        if (employerLookup) {
            on.add(Name.EMPLOYER_LOOKUP.option());
        }
        if (search) {
            on.add(Name.SEARCH.option());
        }
        if (referenceReplay) {
            on.add(Name.REFERENCE_REPLAY.option());
        }
        return on.isEmpty() ? "none" : String.join(",", on);
    }
}
