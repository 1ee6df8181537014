package be.sitegate.config;

import java.util.List;

/**
 * The operations the kiosk may ask of the central service beyond its published interface
 * ({@code central.offers}). The real service documents neither, so both are off unless configured,
 * and the kiosk does its whole job without them.
 *
 * @param employerLookup ask which company on the declaration employs a worker today
 * @param search fetch today's registrations on the workplace from other gates and channels
 */
public record CentralOffers(boolean employerLookup, boolean search) {

    public static final CentralOffers NONE = new CentralOffers(false, false);
    public static final CentralOffers ALL = new CentralOffers(true, true);

    static final String EMPLOYER_LOOKUP = "employer-lookup";
    static final String SEARCH = "search";

    static CentralOffers parse(List<String> names) {
        for (String name : names) {
            if (!name.equals(EMPLOYER_LOOKUP) && !name.equals(SEARCH)) {
                throw new ConfigException("central.offers", "'" + name + "' is not one of " + EMPLOYER_LOOKUP + ", "
                        + SEARCH);
            }
        }
        return new CentralOffers(names.contains(EMPLOYER_LOOKUP), names.contains(SEARCH));
    }
}
