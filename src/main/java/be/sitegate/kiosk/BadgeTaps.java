package be.sitegate.kiosk;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.WorkerId;
import java.util.Objects;
import java.util.Optional;

/**
 * A badge held on the reader: its holder, as the link made with their eID names them, registered
 * through the one registration path (the employer they chose is remembered there), without any
 * eID read. A badge is always its holder's own act: it names nobody else, and no other screen than
 * the worker's takes it. An unknown, ended or revoked badge registers nobody.
 */
public final class BadgeTaps {

    private final KioskSession session;
    private final BadgeLinkRepository links;
    private final RegistrationService registration;

    public BadgeTaps(KioskSession session, BadgeLinkRepository links, RegistrationService registration) {
        this.session = Objects.requireNonNull(session, "session");
        this.links = Objects.requireNonNull(links, "links");
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    /** What a tap did: the registration's step and the enrolment photo, or nothing for an unknown badge. */
    public record Tap(RegistrationStep step, Optional<byte[]> photo) {
    }

    /** Registers the holder of {@code badge}, or empty when no active link names it. */
    public Optional<Tap> tap(BadgeUid badge) {
        KioskInitialisation opened = session.require();
        Optional<BadgeLink> link = links.active(opened.workplace().id(), badge, session.now());
        if (link.isEmpty()) {
            return Optional.empty();
        }
        BadgeLink holder = link.get();
        Worker worker = new Worker(WorkerId.of(holder.inss()), IdentificationMethod.BADGE,
                Optional.of(holder.displayName()));
        return Optional.of(new Tap(registration.identify(worker), holder.photo()));
    }
}
