package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Readable test data shared by the store tests. */
final class StoreFixtures {

    static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    static final WorkplaceId OTHER_SITE = WorkplaceId.parse("1Y1003SQ5VSSZ");
    static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566.988.259");
    static final WorkerId ANNA = WorkerId.of(Inss.parse("85073003328"));
    static final WorkerId BOGDAN = WorkerId.of(Inss.parse("71451201771"));
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final Instant SEVEN_AM = Instant.parse("2026-11-23T06:00:00Z");

    private StoreFixtures() {
    }

    static NewRegistration registration(WorkerId worker, WorkplaceId site, LocalDate day) {
        return registration(ClientReference.generate(SEVEN_AM), worker, site, day);
    }

    static NewRegistration registration(ClientReference reference, WorkerId worker, WorkplaceId site, LocalDate day) {
        return new NewRegistration(reference, site, worker, Optional.of(BUILDER), day, SEVEN_AM,
                IdentificationMethod.EID_CARD, Optional.of("Anna Peeters"));
    }

    /** A distinct valid national number for each index, for bulk tests. */
    static WorkerId worker(int index) {
        String first9 = String.format("%02d%02d%02d%03d", 60 + index / 10_000 % 40, 1 + index / 1_000 % 12,
                1 + index / 100 % 28, 1 + index % 100);
        long check = 97 - Long.parseLong(first9) % 97;
        return WorkerId.of(Inss.parse(first9 + String.format("%02d", check)));
    }

    static NewPresenceEvent event(WorkerId worker, Direction direction, Optional<OutReason> reason, Instant at) {
        return event(ClientReference.generate(at), worker, direction, reason, at);
    }

    static NewPresenceEvent event(ClientReference reference, WorkerId worker, Direction direction,
            Optional<OutReason> reason, Instant at) {
        return new NewPresenceEvent(reference, SITE, worker, Optional.of(BUILDER), direction, reason, at,
                IdentificationMethod.EID_CARD, Optional.empty());
    }
}
