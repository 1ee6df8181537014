package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.NextAction;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an identified worker into a stored registration (Checkinatwork) or event (Check In and
 * Out), asking for an employer or a break/end choice when needed. Everything is stored through the
 * {@link PresenceRecorder} before it is reported as done; forwarding is the outbox's job.
 *
 * <p>This is the one place a record's {@link ClientReference} is minted: the recorder stores it as
 * given, so what the screen shows, what the store holds and what the outbox sends never differ.
 */
public final class RegistrationService {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationService.class);

    private final KioskSession session;
    private final EmployerResolver employers;
    private final EmployerChoiceRepository choices;
    private final PresenceRecorder recorder;

    public RegistrationService(KioskSession session, EmployerResolver employers, EmployerChoiceRepository choices,
            PresenceRecorder recorder) {
        this.session = Objects.requireNonNull(session, "session");
        this.employers = Objects.requireNonNull(employers, "employers");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * A worker's national number is known before they are identified (a card's identity file is
     * read while its signatures are still to be checked; the eleventh digit is typed before OK): the
     * employer look-up starts now, so {@link #identify} finds its answer instead of waiting for it.
     * Never waits, never fails; nothing happens before the kiosk is opened.
     */
    public void lookUpEarly(WorkerId id) {
        if (!(id instanceof WorkerId.National national)) {
            return; // a Limosa declaration names the employer itself
        }
        try {
            session.current().ifPresent(opened -> employers.lookUpEarly(opened.workplace(), national.inss(),
                    session.today()));
        } catch (RuntimeException e) {
            // Only a head start: identify() asks again if this one never began.
            LOG.debug("the early employer look-up for {} did not start: {}", id.masked(), e.toString());
        }
    }

    /** The first step after a card read or a typed number. */
    public RegistrationStep identify(Worker worker) {
        return logged("identify", worker, () -> firstStep(worker));
    }

    private RegistrationStep firstStep(Worker worker) {
        Workplace workplace = session.require().workplace();
        if (workplace.mode() == RegistrationMode.CIAOW) {
            Optional<PresenceEvent> last = recorder.lastEvent(workplace.id(), worker.id(), session.today());
            if (NextAction.after(last) == NextAction.CHOOSE_BREAK_OR_END) {
                // Going out is for the employer they came in for: no need to ask again.
                return new RegistrationStep.ChooseBreakOrEnd(worker,
                        last.get().employer().map(number -> companyFor(workplace, number)));
            }
        }
        if (!(worker.id() instanceof WorkerId.National national)) {
            return register(worker, Optional.empty()); // a Limosa declaration names the employer itself
        }
        EmployerResolver.Resolution resolution = employers.resolve(workplace, national.inss(), session.today());
        if (resolution instanceof EmployerResolver.Resolution.Known known) {
            return register(worker, Optional.of(known.employer()));
        }
        return new RegistrationStep.ChooseEmployer(worker, ((EmployerResolver.Resolution.Choose) resolution).companies());
    }

    /** The worker picked an employer; it is remembered for their next visit. */
    public RegistrationStep chooseEmployer(RegistrationStep.ChooseEmployer step, Company employer) {
        return logged("register with the chosen employer", step.worker(), () -> registerWith(step, employer));
    }

    private RegistrationStep registerWith(RegistrationStep.ChooseEmployer step, Company employer) {
        KioskInitialisation current = session.require();
        if (step.worker().id() instanceof WorkerId.National national) {
            choices.remember(current.workplace().id(), national.inss(), employer.enterpriseNumber());
        }
        return register(step.worker(), Optional.of(employer));
    }

    /** Check In and Out: the worker chose a break or the end of work. */
    public RegistrationStep checkOut(RegistrationStep.ChooseBreakOrEnd step, OutReason reason) {
        return logged("check out", step.worker(), () -> record(step.worker(), step.employer(), Direction.OUT,
                Optional.of(reason)));
    }

    /**
     * Runs one step of a tap; a failure is logged (the worker masked) before the screen tells the
     * worker they are not registered, so site management can find out why from the log.
     */
    private static RegistrationStep logged(String what, Worker worker, Supplier<RegistrationStep> step) {
        try {
            return step.get();
        } catch (KioskNotInitialisedException e) {
            LOG.info("{} for {}: the kiosk is not initialised", what, worker.id().masked());
            throw e;
        } catch (StorageFailedException e) {
            // The store's adapter logged the cause with SQLite's code and the free space.
            LOG.warn("{} for {} ({}): nothing was registered, the store cannot be written ({})", what,
                    worker.id().masked(), worker.method(), e.reason());
            throw e;
        } catch (RuntimeException e) {
            // One line with who and what; the screen's side logs the stack trace.
            LOG.error("{} for {} ({}) failed; nothing was registered: {}", what, worker.id().masked(), worker.method(),
                    e.toString());
            throw e;
        }
    }

    private RegistrationStep register(Worker worker, Optional<Company> employer) {
        KioskInitialisation current = session.require();
        if (current.workplace().mode() == RegistrationMode.CIAOW) {
            return record(worker, employer, Direction.IN, Optional.empty());
        }
        Instant now = session.now();
        LocalDate today = session.today();
        Registration draft = new Registration(ClientReference.generate(now), current.workplace().id(), worker.id(),
                employer.map(Company::enterpriseNumber), today, now, worker.method(), worker.displayName(),
                Delivery.pending(now));
        PresenceRecorder.DailyOutcome outcome = recorder.registerDaily(draft);
        Registration stored = outcome.registration();
        Optional<Company> storedEmployer = stored.employer().map(number -> companyFor(current.workplace(), number));
        return outcome.alreadyRegistered()
                ? new RegistrationStep.AlreadyRegistered(stored, storedEmployer)
                : new RegistrationStep.Registered(stored, storedEmployer);
    }

    private RegistrationStep record(Worker worker, Optional<Company> employer, Direction direction,
            Optional<OutReason> reason) {
        Workplace workplace = session.require().workplace();
        Instant now = session.now();
        PresenceEvent event = new PresenceEvent(ClientReference.generate(now), workplace.id(), worker.id(),
                employer.map(Company::enterpriseNumber), direction, reason, now, worker.method(),
                worker.displayName(), Delivery.pending(now));
        return new RegistrationStep.EventRecorded(recorder.recordEvent(event), employer);
    }

    private static Company companyFor(Workplace workplace, EnterpriseNumber number) {
        return workplace.companies().stream()
                .filter(c -> c.enterpriseNumber().equals(number))
                .findFirst()
                .orElse(new Company(number, number.formatted()));
    }
}
