package be.sitegate.ui;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;

/** Test data shared by the screenshot tour and the UI tests. */
final class ScreenshotTourData {

    private ScreenshotTourData() {
    }

    /** A declaration with ten companies: enough for the search field and the first-letter buttons. */
    static CentralInitialisation bigDeclaration() {
        List<Company> companies = new ArrayList<>(List.of(Fixtures.BUILDER, Fixtures.ROOFER, Fixtures.ELECTRICIAN));
        String[] names = {"Sanitair Van den Broeck BV", "Schilderwerken Maes", "Steigerbouw Wouters NV",
            "Isolatie Claes BV", "Tegelwerken Jacobs", "Grondwerken Mertens NV", "Ramen & Deuren Willems BV"};
        for (int i = 0; i < names.length; i++) {
            long first8 = 4_000_000L + 1_234L * (i + 1);
            String digits = String.format("%08d%02d", first8, 97 - first8 % 97);
            companies.add(new Company(EnterpriseNumber.parse(digits), names[i]));
        }
        return new CentralInitialisation(Fixtures.BUILDER, new Workplace(WorkplaceId.parse("1Y1004ABCDEFG"),
                "Meir 1, 2000 Antwerpen", Sector.CONSTRUCTION, RegistrationMode.CIAW, companies));
    }

    /**
     * A cleaning day at noon: people in, on a break, gone home, one from another channel, one refused,
     * one still waiting to be sent; recorded as the kiosk's store would have them.
     */
    /** Every way of identifying a site sees, so the list's second line under the employer shows each. */
    private static be.sitegate.domain.IdentificationMethod identification(int person) {
        return switch (person) {
            case 3 -> be.sitegate.domain.IdentificationMethod.CENTRAL_SEARCH;
            case 1, 5, 9 -> be.sitegate.domain.IdentificationMethod.EID_CHIP_PROVEN;
            case 6 -> be.sitegate.domain.IdentificationMethod.BADGE;
            case 8 -> be.sitegate.domain.IdentificationMethod.TYPED_NATIONAL_NUMBER;
            default -> be.sitegate.domain.IdentificationMethod.EID_CARD;
        };
    }

    static void cleaningDay(be.sitegate.kiosk.fake.InMemoryPresences presences, java.time.LocalDate day,
            java.time.ZoneId zone) {
        String[] names = {"Karima El Idrissi", "Ioana Popescu", "Bogdan Nowak", "Ana Silva", "Luc Maes",
            "Marek Zielinski", "Fatima Benali", "Jan Peeters", "Sofia Costa", "Piet Janssens"};
        for (int i = 0; i < names.length; i++) {
            be.sitegate.domain.WorkerId who = Fixtures.worker(100 + i);
            java.time.Instant start = day.atTime(6, 0).plusMinutes(7L * i).atZone(zone).toInstant();
            be.sitegate.domain.IdentificationMethod method = identification(i);
            java.util.Optional<String> name = i == 3 ? java.util.Optional.empty() : java.util.Optional.of(names[i]);
            var employer = java.util.Optional.of((i % 3 == 0 ? Fixtures.ROOFER : Fixtures.BUILDER).enterpriseNumber());
            presences.events.add(cleaningEvent("SGT" + i + "a", who, employer, be.sitegate.domain.Direction.IN, null,
                    start, method, name, i == 5 ? be.sitegate.domain.Delivery.pending(start) : receipt(i, 0, start)));
            if (i % 2 == 0) {
                java.time.Instant out = start.plus(java.time.Duration.ofHours(3));
                presences.events.add(cleaningEvent("SGT" + i + "b", who, employer, be.sitegate.domain.Direction.OUT,
                        be.sitegate.domain.OutReason.BREAK, out, method, name, i == 2 ? refused(out) : receipt(i, 1, out)));
                if (i % 4 == 0) {
                    java.time.Instant back = out.plus(java.time.Duration.ofMinutes(25));
                    presences.events.add(cleaningEvent("SGT" + i + "c", who, employer, be.sitegate.domain.Direction.IN,
                            null, back, method, name, receipt(i, 2, back)));
                }
            }
            if (i == 9) {
                java.time.Instant home = start.plus(java.time.Duration.ofHours(4));
                presences.events.add(cleaningEvent("SGT" + i + "d", who, employer, be.sitegate.domain.Direction.OUT,
                        be.sitegate.domain.OutReason.END_OF_WORK, home, method, name, receipt(i, 3, home)));
            }
        }
    }

    /** Three people who came on the last working days and not yet today. */
    static java.util.List<be.sitegate.domain.MissingWorker> missing(java.time.LocalDate today) {
        return java.util.List.of(
                new be.sitegate.domain.MissingWorker(Fixtures.worker(200), java.util.Optional.of("Andrei Ionescu"),
                        java.util.Optional.of(Fixtures.BUILDER.enterpriseNumber()), today.minusDays(1), 4),
                new be.sitegate.domain.MissingWorker(Fixtures.worker(201), java.util.Optional.of("Maria Santos"),
                        java.util.Optional.of(Fixtures.ROOFER.enterpriseNumber()), today.minusDays(3), 2),
                new be.sitegate.domain.MissingWorker(Fixtures.worker(202), java.util.Optional.empty(),
                        java.util.Optional.of(Fixtures.BUILDER.enterpriseNumber()), today.minusDays(4), 1));
    }

    private static be.sitegate.domain.PresenceEvent cleaningEvent(String ref, be.sitegate.domain.WorkerId who,
            java.util.Optional<EnterpriseNumber> employer, be.sitegate.domain.Direction direction,
            be.sitegate.domain.OutReason reason, java.time.Instant at, be.sitegate.domain.IdentificationMethod method,
            java.util.Optional<String> name, be.sitegate.domain.Delivery delivery) {
        return new be.sitegate.domain.PresenceEvent(new be.sitegate.domain.ClientReference(ref), Fixtures.CIAOW_SITE,
                who, employer, direction, java.util.Optional.ofNullable(reason), at, method, name, delivery);
    }

    private static be.sitegate.domain.Delivery receipt(int person, int n, java.time.Instant at) {
        return be.sitegate.domain.Delivery.accepted(String.valueOf(300_000_000L + person * 10L + n), List.of(), at);
    }

    private static be.sitegate.domain.Delivery refused(java.time.Instant at) {
        return new be.sitegate.domain.Delivery(be.sitegate.domain.DeliveryStatus.REJECTED, 1, java.util.Optional.empty(),
                List.of(be.sitegate.domain.ServiceRemark.error("INVALID_INSS", "INSS IS NOT VALID")),
                java.util.Optional.empty(), at, java.util.Optional.empty());
    }
}
