package be.sitegate.simulator;

import java.util.Optional;

/**
 * Who may see a registration: the sender that made it, and the organisations on the declaration of
 * its workplace (the builder and the subcontractors). To anyone else a registration answers as if it
 * did not exist, so not even its existence leaks from one company to another.
 */
final class RegistrationAccess {

    private final Seed seed;

    RegistrationAccess(Seed seed) {
        this.seed = seed;
    }

    /** The caller's organisation is on this workplace's declaration: it sees every registration there. */
    boolean seesWholeWorkplace(String workplaceId, String sender) {
        return seed.declaration(workplaceId).map(d -> d.involves(sender)).orElse(false);
    }

    boolean sees(StoredRegistration r, String sender) {
        return r.sender().equals(sender) || seesWholeWorkplace(r.workplaceId(), sender);
    }

    /** The registration, when it exists and the caller may see it. */
    Optional<StoredRegistration> visible(Optional<StoredRegistration> found, String sender) {
        return found.filter(r -> sees(r, sender));
    }
}
