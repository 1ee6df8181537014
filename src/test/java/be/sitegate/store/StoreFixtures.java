package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.testkit.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Readable test data shared by the store tests. */
final class StoreFixtures {

    static final WorkplaceId SITE = Fixtures.CIAW_SITE;
    static final WorkplaceId OTHER_SITE = Fixtures.OTHER_SITE;
    static final EnterpriseNumber BUILDER = Fixtures.BUILDER;
    static final WorkerId ANNA = WorkerId.of(Inss.parse("85073003328"));
    static final WorkerId BOGDAN = WorkerId.of(Inss.parse("71451201771"));
    static final LocalDate DAY = Fixtures.MONDAY;
    static final Instant SEVEN_AM = Fixtures.SEVEN_AM;

    private StoreFixtures() {
    }

    static NewRegistration registration(WorkerId worker, WorkplaceId site, LocalDate day) {
        return registration(ClientReference.generate(SEVEN_AM), worker, site, day);
    }

    static NewRegistration registration(ClientReference reference, WorkerId worker, WorkplaceId site, LocalDate day) {
        return new NewRegistration(reference, site, worker, Optional.of(BUILDER), day, SEVEN_AM,
                IdentificationMethod.EID_CARD, Optional.of("Anna Peeters"));
    }

    static WorkerId worker(int index) {
        return Fixtures.worker(index);
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
