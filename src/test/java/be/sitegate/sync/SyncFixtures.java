package be.sitegate.sync;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewRegistration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Test data and helpers shared by the sync tests. */
final class SyncFixtures {

    static final Instant START = Instant.parse("2026-11-23T07:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566.988.259");

    private SyncFixtures() {
    }

    /** A clock that runs like the real one but starts at {@link #START}: backoff and leases expire for real. */
    static Clock runningFrom(Instant start) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start)).withZone(ZoneOffset.UTC);
    }

    /** A distinct valid national number for each index. */
    static WorkerId worker(int index) {
        String first9 = String.format("%02d%02d%02d%03d", 60 + index / 10_000 % 40, 1 + index / 1_000 % 12,
                1 + index / 100 % 28, 1 + index % 100);
        long check = 97 - Long.parseLong(first9) % 97;
        return WorkerId.of(Inss.parse(first9 + String.format("%02d", check)));
    }

    static NewRegistration registration(WorkplaceId site, WorkerId worker, EnterpriseNumber employer, LocalDate day,
            Instant at) {
        return new NewRegistration(ClientReference.generate(at), site, worker, Optional.of(employer), day, at,
                IdentificationMethod.EID_CARD, Optional.empty());
    }

    static void registerMany(KioskStore store, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            store.registrations().register(registration(SITE, worker(i), BUILDER, DAY, at));
        }
    }
}
