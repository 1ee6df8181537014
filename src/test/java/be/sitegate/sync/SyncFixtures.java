package be.sitegate.sync;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.testkit.Fixtures;
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
    static final LocalDate DAY = Fixtures.MONDAY;
    static final WorkplaceId SITE = Fixtures.CIAW_SITE;
    static final EnterpriseNumber BUILDER = Fixtures.BUILDER;

    private SyncFixtures() {
    }

    /** A clock that runs like the real one but starts at {@link #START}: backoff and leases expire for real. */
    static Clock runningFrom(Instant start) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start)).withZone(ZoneOffset.UTC);
    }

    static WorkerId worker(int index) {
        return Fixtures.worker(index);
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
