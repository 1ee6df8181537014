package be.sitegate.testkit;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The test data every package shares: the workplaces and builder of the simulator's default seed,
 * the fixtures' Monday, and as many distinct valid national numbers as a test needs.
 */
public final class Fixtures {

    /** Gent, Checkinatwork, in the simulator's seed. */
    public static final WorkplaceId CIAW_SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    public static final WorkplaceId OTHER_SITE = WorkplaceId.parse("1Y1003SQ5VSSZ");
    /** The builder on Gent's declaration. */
    public static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566988259");
    /** Monday 23 November 2026. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    /** 07:00 in Brussels that Monday. */
    public static final Instant SEVEN_AM = Instant.parse("2026-11-23T06:00:00Z");

    private Fixtures() {
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
}
