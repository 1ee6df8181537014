package be.sitegate.app;

import be.sitegate.config.ConfigException;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.InvalidIdentifierException;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.BadgeLinkPolicy;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The badge-link policy as the configuration gives it: {@code badge.link-days}, and
 * {@code badge.declaration-ends} with each number read as the domain reads a workplace number. The
 * configuration package has read the list's form and dates; it may not know the domain, so a number
 * that is no workplace number, or one workplace written twice in two spellings, is refused here, under
 * the same key and before the kiosk opens its store (like {@code kiosk.pin-hash}).
 */
public final class BadgeLinkSettings {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeLinkSettings.class);
    private static final String KEY = KioskConfig.DECLARATION_ENDS_KEY;

    private BadgeLinkSettings() {
    }

    /** Each configured workplace with its declaration's last day, in the order written. */
    public static Map<WorkplaceId, LocalDate> declarationEnds(KioskConfig config) {
        Map<WorkplaceId, LocalDate> ends = new LinkedHashMap<>();
        Map<WorkplaceId, String> writtenAs = new LinkedHashMap<>();
        config.declarationEnds().forEach((written, end) -> {
            WorkplaceId workplace;
            try {
                workplace = WorkplaceId.parse(written);
            } catch (InvalidIdentifierException e) {
                throw new ConfigException(KEY, "'" + written + "' is not a workplace number (" + why(e.reason())
                        + "); write the number of the declaration of works, e.g. 1Y101DRUNWB5Z");
            }
            String earlier = writtenAs.putIfAbsent(workplace, written);
            if (earlier != null) {
                throw new ConfigException(KEY, "workplace " + workplace + " is listed twice ('" + earlier + "' and '"
                        + written + "'); keep the one line of its declaration");
            }
            ends.put(workplace, end);
        });
        return Collections.unmodifiableMap(ends);
    }

    /**
     * The policy the kiosk links badges with. Said once at start, not refused (the domain accepts both): a
     * number of an unusual shape (a typo?), and a declaration already over on {@code today}, whose links
     * would end at once (the line was probably not updated after an extension).
     */
    public static BadgeLinkPolicy policy(KioskConfig config, LocalDate today) {
        Map<WorkplaceId, LocalDate> ends = declarationEnds(config);
        ends.forEach((workplace, end) -> {
            if (!workplace.hasUsualShape()) {
                LOG.warn("{}: {} is not shaped like the workplace numbers seen so far (1Y and 11 letters or digits);"
                        + " check it against the declaration of works", KEY, workplace);
            }
            if (end.isBefore(today)) {
                LOG.warn("{}: the declaration of workplace {} ended on {}; a badge linked there now ends at once."
                        + " If the declaration was extended, write its new last day and restart the kiosk", KEY,
                        workplace, end);
            }
        });
        if (!ends.isEmpty()) {
            LOG.info("badge links end after {} days, or with the declaration of works: {}", config.badgeLinkDays(), ends);
        }
        return new BadgeLinkPolicy(config.badgeLinkDays(), ends);
    }

    private static String why(InvalidIdentifierException.Reason reason) {
        return switch (reason) {
            case EMPTY -> "nothing but separators";
            case INVALID_CHARACTERS -> "only letters and digits are allowed";
            case WRONG_LENGTH -> "more than 13 letters and digits";
            default -> reason.name();
        };
    }
}
