package be.sitegate.app;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.KioskStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tap's path once before the kiosk takes taps, storing nothing: the store's part (its reads, and a
 * registration's and a check-in's transactions rolled back, see {@link KioskStore#warmUp}), then the
 * same reads through the adapters a tap goes through. A just-started kiosk's first tap paid for
 * loading that code and preparing SQLite's connections itself: in a drain that starts with the kiosk
 * (DrainBenchmark, round 1) it was the slowest, 30-80 ms where the others had a median of 3-8 (load
 * 4-5). About 15 ms at start instead. A failure here is only logged: the store's faults are the
 * storage health's to tell, and the first tap then does this work itself.
 */
final class TapPathWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(TapPathWarmUp.class);
    /** Whom it looks up: the number on the government's public specimen eID card, which is nobody's. */
    private static final Inss NOBODY = Inss.parse("71715100070");
    /** Where it looks while the kiosk is not initialised yet (no workplace has this id). */
    private static final WorkplaceId NO_WORKPLACE = WorkplaceId.parse("SGWARMUP");
    /** The employer of its registration, rolled back: any well-formed enterprise number. */
    private static final EnterpriseNumber SOME_EMPLOYER = EnterpriseNumber.parse("0200000043");

    private TapPathWarmUp() {
    }

    static void run(KioskStore store, StoreEmployerChoices choices, StorePresenceRecorder recorder,
            Optional<WorkplaceId> initialisedOn, LocalDate today, Instant now) {
        long started = System.nanoTime();
        try {
            WorkplaceId workplace = initialisedOn.orElse(NO_WORKPLACE);
            store.warmUp(workplace, WorkerId.of(NOBODY), SOME_EMPLOYER, today, now);
            choices.find(workplace, NOBODY);
            recorder.lastEvent(workplace, WorkerId.of(NOBODY), today);
            // The delivery watch keys its map by the stored record's reference, a record: the first
            // hashCode (and equals) of a record class links its generated methods, 4-20 ms of a cold
            // JVM that the first tap spent after its commit.
            ClientReference reference = ClientReference.generate(now);
            reference.hashCode();
            reference.equals(ClientReference.generate(now));
            LOG.debug("the tap's path is warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("warming up the tap's path failed; the first tap does that work itself: {}", e.toString());
        }
    }
}
