package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Correction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.Registration;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.RegistrationStep.ChooseEmployer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a foreman or site manager may change, each change recorded with who did it and when: withdraw
 * a registration at the service with one of its four reasons, send a refused record again after a
 * correction, and register a worker on their behalf by typed number. The last is Checkinatwork only:
 * in Check In and Out at Work the worker must register in person, in real time.
 *
 * <p>The actor is the PIN holder on the kiosk opened by a user name: with one PIN per kiosk that is
 * as close to "who" as the kiosk can know. Calls wait for the service, so not on the screen's thread.
 */
public final class Corrections {

    private static final Logger LOG = LoggerFactory.getLogger(Corrections.class);
    /** How a correction's actor starts, followed by the user name that opened the kiosk: screens say it in words. */
    public static final String PIN_HOLDER = "PIN, kiosk opened by ";

    private final KioskSession session;
    private final CentralGateway central;
    private final DeliveryControl delivery;
    private final RegistrationService registration;
    private final CorrectionLog log;
    private final Clock clock;

    public Corrections(KioskSession session, CentralGateway central, DeliveryControl delivery,
            RegistrationService registration, CorrectionLog log, Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.central = Objects.requireNonNull(central, "central");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.registration = Objects.requireNonNull(registration, "registration");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Withdraws a registration that has its receipt; the outcome is also in the log. */
    public Correction cancel(Registration r, CancelReason reason) {
        String receipt = r.delivery().receiptNumber()
                .orElseThrow(() -> new IllegalArgumentException("only a registration with a receipt can be withdrawn"));
        Correction.Outcome outcome;
        Optional<String> why = Optional.empty();
        try {
            CancelOutcome answer = central.cancel(receipt, reason);
            if (answer instanceof CancelOutcome.NotCancelled refused) {
                outcome = Correction.Outcome.REFUSED;
                why = Optional.of(texts(refused.reasons()));
            } else {
                outcome = Correction.Outcome.DONE;
                // Stored with the record, so every list, total and export stops counting the person.
                delivery.markWithdrawn(r.reference(), reason);
            }
        } catch (CentralUnavailableException e) {
            outcome = Correction.Outcome.NOT_SENT;
            why = Optional.ofNullable(e.getMessage());
        }
        return record(Correction.Kind.CANCEL, r.reference(), r.date(), Optional.of(reason.name()), outcome, why);
    }

    /** Sends a refused record again, with the employer corrected when one is given. */
    public Correction resend(ClientReference reference, LocalDate day, Optional<EnterpriseNumber> employer) {
        boolean queued = delivery.resend(reference, employer);
        return record(Correction.Kind.RESEND, reference, day, employer.map(EnterpriseNumber::toString),
                queued ? Correction.Outcome.DONE : Correction.Outcome.REFUSED,
                queued ? Optional.empty() : Optional.of("NOT_REFUSED"));
    }

    /**
     * Registers a worker by typed number on their behalf, with the employer the foreman names (none
     * for a Limosa number, whose declaration names it).
     *
     * @throws IllegalStateException in Check In and Out at Work, where workers register themselves
     */
    public RegistrationStep registerOnBehalf(Worker worker, Optional<Company> employer) {
        KioskInitialisation current = session.require();
        if (current.workplace().mode() == RegistrationMode.CIAOW) {
            throw new IllegalStateException("in Check In and Out at Work a worker registers in person");
        }
        // The employer the foreman names is the one registered, not one remembered from an earlier tap.
        RegistrationStep step = employer.isPresent() && worker.id() instanceof WorkerId.National
                ? registration.chooseEmployer(new ChooseEmployer(worker, List.of(employer.get())), employer.get())
                : registration.identify(worker);
        if (step instanceof ChooseEmployer) {
            throw new IllegalArgumentException("an employer is needed");
        }
        if (step instanceof RegistrationStep.Registered registered) {
            record(Correction.Kind.ON_BEHALF, registered.registration().reference(), registered.registration().date(),
                    registered.employer().map(c -> c.enterpriseNumber().toString()), Correction.Outcome.DONE,
                    Optional.empty());
        }
        return step;
    }

    /** Today's corrections on this workplace, oldest first. */
    public List<Correction> today() {
        return log.forDay(session.require().workplace().id(), session.today());
    }

    private Correction record(Correction.Kind kind, ClientReference reference, LocalDate day, Optional<String> detail,
            Correction.Outcome outcome, Optional<String> why) {
        KioskInitialisation current = session.require();
        Correction c = new Correction(clock.instant(), actor(current), kind, reference, current.workplace().id(), day,
                detail, outcome, why);
        log.append(c);
        LOG.info("correction {} of {} by {}: {}{}", kind, reference, c.actor(), outcome,
                why.map(w -> " (" + w + ")").orElse(""));
        return c;
    }

    private static String actor(KioskInitialisation current) {
        return PIN_HOLDER + current.initialisedBy();
    }

    private static String texts(List<ServiceRemark> reasons) {
        return reasons.stream().map(r -> r.code().map(c -> c + " ").orElse("") + r.text())
                .collect(Collectors.joining("; "));
    }
}
