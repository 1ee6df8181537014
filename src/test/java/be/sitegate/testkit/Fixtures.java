package be.sitegate.testkit;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewPresenceEvent;
import be.sitegate.store.NewRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The one set of test data every package shares: the workplaces and companies of the simulator's
 * default seed, the fixtures' Monday, named workers and as many distinct valid national numbers as a
 * test needs, and the records the store takes.
 */
public final class Fixtures {

    /** Gent, Checkinatwork, in the simulator's seed. */
    public static final WorkplaceId CIAW_SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    public static final WorkplaceId CIAOW_SITE = WorkplaceId.parse("1Y1003SQ5VSSZ");
    public static final WorkplaceId SITE = CIAW_SITE;
    public static final WorkplaceId OTHER_SITE = CIAOW_SITE;
    public static final Company BUILDER = new Company(EnterpriseNumber.parse("0566988259"), "Bouwbedrijf Peeters NV");
    public static final Company ROOFER = new Company(EnterpriseNumber.parse("0403170701"), "Dakwerken Janssens BV");
    public static final Company ELECTRICIAN = new Company(EnterpriseNumber.parse("0202239951"), "Elektro Dubois SRL");
    /** The builder on Gent's declaration. */
    public static final EnterpriseNumber BUILDER_NUMBER = BUILDER.enterpriseNumber();
    /** A valid national number born 1985 (check digits over the 9 digits). */
    public static final Inss WORKER = Inss.parse("85073003328");
    public static final Inss OTHER_WORKER = Inss.parse("900225123" + check("900225123"));
    public static final WorkerId ANNA = WorkerId.of(WORKER);
    public static final WorkerId BOGDAN = WorkerId.of(Inss.parse("71451201771"));
    /** Monday 23 November 2026. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final LocalDate DAY = MONDAY;
    /** 07:00 in Brussels that Monday. */
    public static final Instant SEVEN_AM = Instant.parse("2026-11-23T06:00:00Z");
    /** 08:00 in Brussels that Monday. */
    public static final Instant START = Instant.parse("2026-11-23T07:00:00Z");

    private Fixtures() {
    }

    public static CentralInitialisation construction() {
        return new CentralInitialisation(BUILDER, new Workplace(CIAW_SITE, "Kerkstraat 12, 9000 Gent",
                Sector.CONSTRUCTION, RegistrationMode.CIAW, List.of(BUILDER, ROOFER, ELECTRICIAN)));
    }

    public static CentralInitialisation cleaning() {
        return new CentralInitialisation(BUILDER, new Workplace(CIAOW_SITE, "Rue de la Loi 16, 1000 Bruxelles",
                Sector.CLEANING, RegistrationMode.CIAOW, List.of(BUILDER, ROOFER)));
    }

    /** A distinct valid national number for each index (up to 400,000), for bulk tests. */
    public static WorkerId worker(int index) {
        String first9 = String.format("%02d%02d%02d%03d", 60 + index / 10_000 % 40, 1 + index / 1_000 % 12,
                1 + index / 100 % 28, 1 + index % 100);
        return WorkerId.of(Inss.parse(first9 + check(first9)));
    }

    /** Valid check digits for a 9-digit prefix of someone born in the 1900s. */
    public static String check(String first9) {
        return String.format("%02d", 97 - Long.parseLong(first9) % 97);
    }

    /** A clock that runs like the real one but starts at {@code start}: backoff and leases expire for real. */
    public static Clock runningFrom(Instant start) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start)).withZone(ZoneOffset.UTC);
    }

    /** Anna's card registration at 07:00 for the builder, or the worker's given. */
    public static NewRegistration registration(WorkerId worker, WorkplaceId site, LocalDate day) {
        return registration(ClientReference.generate(SEVEN_AM), worker, site, day);
    }

    public static NewRegistration registration(ClientReference reference, WorkerId worker, WorkplaceId site,
            LocalDate day) {
        return new NewRegistration(reference, site, worker, Optional.of(BUILDER_NUMBER), day, SEVEN_AM,
                IdentificationMethod.EID_CARD, Optional.of("Anna Peeters"));
    }

    public static NewRegistration registration(WorkplaceId site, WorkerId worker, EnterpriseNumber employer,
            LocalDate day, Instant at) {
        return new NewRegistration(ClientReference.generate(at), site, worker, Optional.of(employer), day, at,
                IdentificationMethod.EID_CARD, Optional.empty());
    }

    public static NewPresenceEvent event(WorkerId worker, Direction direction, Optional<OutReason> reason,
            Instant at) {
        return event(ClientReference.generate(at), worker, direction, reason, at);
    }

    public static NewPresenceEvent event(ClientReference reference, WorkerId worker, Direction direction,
            Optional<OutReason> reason, Instant at) {
        return new NewPresenceEvent(reference, SITE, worker, Optional.of(BUILDER_NUMBER), direction, reason, at,
                IdentificationMethod.EID_CARD, Optional.empty());
    }

    /** {@code count} distinct workers registered on Gent that Monday. */
    public static void registerMany(KioskStore store, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            store.registrations().register(registration(SITE, worker(i), BUILDER_NUMBER, DAY, at));
        }
    }
}
