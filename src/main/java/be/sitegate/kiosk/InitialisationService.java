package be.sitegate.kiosk;

import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Objects;

/**
 * Opens the kiosk for the day: asks the central service, caches the workplace details for offline
 * mornings and starts the {@link KioskSession}. The password only passes through and is wiped.
 */
public final class InitialisationService {

    private final CentralGateway central;
    private final InitialisationRepository repository;
    private final KioskSession session;

    public InitialisationService(CentralGateway central, InitialisationRepository repository, KioskSession session) {
        this.central = Objects.requireNonNull(central, "central");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Wipes {@code password} before returning, whatever the outcome. */
    public InitialisationOutcome initialise(String username, char[] password, WorkplaceId workplace) {
        String user = username.strip();
        try {
            CentralInitialisation answer = central.initialise(user, password, workplace);
            Instant now = session.now();
            repository.save(new CachedInitialisation(answer, user, now));
            return new InitialisationOutcome.Initialised(start(answer, user, now, false), answer);
        } catch (InitialisationRefusedException e) {
            return new InitialisationOutcome.Refused(e.refusal(), e.retryAfter());
        } catch (CentralUnavailableException e) {
            // Without the service the password cannot be checked: offer the cache only to the same user.
            return new InitialisationOutcome.Offline(
                    repository.find(workplace).filter(c -> c.username().equalsIgnoreCase(user)));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** What the kiosk is open for now, for the site manager's screen; empty when it is closed. */
    public Optional<KioskInitialisation> current() {
        return session.current();
    }

    /**
     * The site manager closes the kiosk's day before its end (the site stops early, the kiosk moves):
     * workers can no longer register until someone opens it again, also after a restart.
     */
    public void closeDay() {
        session.end();
        repository.closeDay(session.now());
    }

    /** Opens the kiosk from an earlier day's details; the initialisation is marked {@code fromCache}. */
    public InitialisationOutcome.Initialised initialiseFromCache(CachedInitialisation cached) {
        KioskInitialisation started = start(cached.details(), cached.username(), session.now(), true);
        return new InitialisationOutcome.Initialised(started, cached.details());
    }

    private KioskInitialisation start(CentralInitialisation answer, String user, Instant now, boolean fromCache) {
        KioskInitialisation initialisation = new KioskInitialisation(answer.workplace(),
                answer.contractor().enterpriseNumber(), user, now, session.expiryFor(now), fromCache);
        session.start(initialisation);
        return initialisation;
    }
}
