package be.sitegate.kiosk;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.KioskInitialisation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Links a badge to a worker who has just proven who they are with an authentic eID, with their
 * consent: their name and number, the employer of the registration just made (kept as their
 * employer choice), the photo only if they ticked it, until {@link #linkEndsAt()}: the policy's days,
 * or the end of the declaration of the workplace the kiosk is initialised on when that comes first.
 */
public final class BadgeEnrolment {

    private final KioskSession session;
    private final BadgeLinkRepository links;
    private final EmployerChoiceRepository choices;
    private final BadgeLinkPolicy policy;

    public BadgeEnrolment(KioskSession session, BadgeLinkRepository links, EmployerChoiceRepository choices,
            BadgeLinkPolicy policy) {
        this.session = Objects.requireNonNull(session, "session");
        this.links = Objects.requireNonNull(links, "links");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A worker the kiosk may offer a link to: identified by an authentic eID just now. */
    public record ProvenWorker(Inss inss, String displayName, Optional<EnterpriseNumber> employer) {
        public ProvenWorker {
            Objects.requireNonNull(inss, "inss");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(employer, "employer");
        }
    }

    /** When a link made now would end on the workplace the kiosk is initialised on, for the consent screen. */
    public Instant linkEndsAt() {
        Instant now = session.now();
        return session.current().map(opened -> policy.expiresAt(opened.workplace().id(), now, session.zone()))
                .orElseGet(() -> policy.expiresAt(now, session.zone()));
    }

    /** Links {@code badge} to {@code worker}; {@code photo} is kept only when the worker agreed. */
    public BadgeLink link(BadgeUid badge, ProvenWorker worker, Optional<byte[]> photo) {
        KioskInitialisation opened = session.require();
        Instant now = session.now();
        worker.employer().ifPresent(employer -> choices.remember(opened.workplace().id(), worker.inss(), employer));
        return links.link(opened.workplace().id(), badge, worker.inss(), worker.displayName(), photo, now,
                policy.expiresAt(opened.workplace().id(), now, session.zone()));
    }
}
