package be.sitegate.ui.corrections;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Correction;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Registration;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.Corrections;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.shared.CorrectionNotes;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ServiceRemarks;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.shared.WorkerNames;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The foreman's corrections of one line of the list (behind the PIN), one step at a time: what the
 * line offers, the reason of a withdrawal (four big buttons), a last "yes, withdraw", the wait for the
 * service, and its answer in plain words. A registration on a worker's behalf ends here too, after the
 * keypad and the employer. Today's corrections, with who and when, stay listed below.
 *
 * <p>Every call that waits for the service or the disk runs on the background thread; an answer that
 * comes after the foreman left for another line (or the screen locked) is not shown over it.
 */
public final class CorrectionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CorrectionsViewModel.class);

    /** One step at a time. */
    public enum Page {
        /** What the line offers, or why nothing. */
        OVERVIEW,
        /** Why it is withdrawn: the service's four reasons. */
        REASON,
        /** "Withdraw it, because …?" */
        CONFIRM,
        /** Waiting for the service. */
        WORKING,
        /** What the service (or the kiosk) answered. */
        OUTCOME
    }

    /** How an answer is coloured: done (green), refused or not sent (amber), failed (red). */
    public enum Tone {
        DONE,
        NOT_DONE,
        FAILED
    }

    /**
     * Where the screen leads, given by the window's root.
     *
     * @param toList back to the foreman's list, read afresh so it shows what was just done
     * @param chooseEmployer asks the employer of this worker among the workplace's companies, then answers
     * @param shown brings this screen to the front (after the employer was chosen on its own screen)
     * @param whoIs the name or masked number of a record of the list, for the log of today's corrections
     */
    public record Exits(Runnable toList, BiConsumer<Worker, Consumer<Company>> chooseEmployer, Runnable shown,
            Function<ClientReference, Optional<String>> whoIs) {
        public Exits {
            Objects.requireNonNull(toList, "toList");
            Objects.requireNonNull(chooseEmployer, "chooseEmployer");
            Objects.requireNonNull(shown, "shown");
            Objects.requireNonNull(whoIs, "whoIs");
        }
    }

    private final Corrections corrections;
    private final KioskSession session;
    private final Threads threads;
    private final CorrectionNotes notes;
    private final Exits exits;

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.OVERVIEW);
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Msg> status = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper withdrawOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper resendOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Msg> resendLabel = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> whyNone = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> question = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> headline = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> outcome = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.DONE);
    private final ObservableList<Msg> log = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view made per call would go with that view. */
    private final ObservableList<Msg> logView = FXCollections.unmodifiableObservableList(log);

    /** Who the records corrected on this screen are for, when the list does not know them yet. */
    private final java.util.Map<ClientReference, String> named = new java.util.HashMap<>();
    private CorrectionTarget target;
    private CorrectionChoices choices;
    private CancelReason reason;
    /** Each opening and each call is a visit; an answer for an older one is not shown. */
    private long visit;

    public CorrectionsViewModel(Corrections corrections, KioskSession session, Threads threads, ZoneId zone,
            Exits exits) {
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.session = Objects.requireNonNull(session, "session");
        this.threads = Objects.requireNonNull(threads, "threads");
        this.notes = new CorrectionNotes(zone);
        this.exits = Objects.requireNonNull(exits, "exits");
    }

    /** A tapped line: what it offers, once today's corrections are read (a withdrawn one is not offered again). */
    public void open(CorrectionTarget tapped) {
        long mine = ++visit;
        target = Objects.requireNonNull(tapped, "target");
        reason = null;
        who.set(tapped.who());
        details.set(tapped.name().isEmpty() ? tapped.employer() : tapped.number() + " · " + tapped.employer());
        status.set(statusOf(tapped));
        choices = CorrectionChoices.of(tapped, List.of());
        offer(choices);
        withdrawOffered.set(false); // until the log says it was not withdrawn already
        page.set(Page.OVERVIEW);
        threads.background().execute(() -> {
            List<Correction> today = readToday();
            threads.ui().execute(() -> {
                if (mine == visit) {
                    showLog(today);
                    choices = CorrectionChoices.of(tapped, today);
                    offer(choices);
                }
            });
        });
    }

    private void offer(CorrectionChoices c) {
        withdrawOffered.set(c.withdrawable().isPresent());
        resendOffered.set(c.resendable().isPresent());
        resendLabel.set(c.resendable().map(r -> Msg.of(r.withEmployer() ? "corrections.resendWithEmployer"
                : "corrections.resend")).orElse(Msg.NONE));
        whyNone.set(c.whyNone());
    }

    /** "Withdraw": the reason comes first. */
    public void onWithdraw() {
        if (choices != null && choices.withdrawable().isPresent()) {
            page.set(Page.REASON);
        }
    }

    public void onReason(CancelReason chosen) {
        if (page.get() != Page.REASON) {
            return;
        }
        reason = Objects.requireNonNull(chosen, "reason");
        Registration r = choices.withdrawable().orElseThrow();
        question.set(Msg.of("corrections.confirm", target.who(), r.delivery().receiptNumber().orElse(""),
                CorrectionNotes.reason(chosen.name())));
        page.set(Page.CONFIRM);
    }

    /** "Yes, withdraw": sent to the service now. */
    public void onConfirm() {
        if (page.get() != Page.CONFIRM || reason == null) {
            return;
        }
        Registration r = choices.withdrawable().orElseThrow();
        CancelReason why = reason;
        call(() -> corrections.cancel(r, why), this::cancelled);
    }

    /** "Send again": with another employer for a national number, else as it was. */
    public void onResend() {
        if (choices == null || choices.resendable().isEmpty() || page.get() != Page.OVERVIEW) {
            return;
        }
        CorrectionChoices.Resendable r = choices.resendable().get();
        if (r.withEmployer()) {
            exits.chooseEmployer().accept(Worker.typed(r.worker(), be.sitegate.domain.IdentificationMethod.ON_BEHALF),
                    company -> resend(r, Optional.of(company)));
        } else {
            resend(r, Optional.empty());
        }
    }

    private void resend(CorrectionChoices.Resendable r, Optional<Company> employer) {
        exits.shown().run();
        call(() -> corrections.resend(r.reference(), r.day(), employer.map(Company::enterpriseNumber)),
                c -> resent(c, employer));
    }

    /**
     * The foreman typed a worker's number (and chose the employer, for a national number): registered
     * on their behalf. Checkinatwork only; the list does not offer it in Check In and Out at Work.
     */
    public void registerOnBehalf(Worker worker, Optional<Company> employer) {
        target = null;
        choices = null;
        who.set(WorkerNames.of(worker));
        details.set(employer.map(Company::name).orElse(""));
        status.set(Msg.NONE);
        withdrawOffered.set(false);
        resendOffered.set(false);
        whyNone.set(Msg.NONE);
        exits.shown().run();
        Worker typed = new Worker(worker.id(), be.sitegate.domain.IdentificationMethod.ON_BEHALF, worker.displayName());
        call(() -> corrections.registerOnBehalf(typed, employer), step -> registered(step, typed));
    }

    /** Waits for the service off the screen's thread, then shows the answer unless the foreman moved on. */
    private <T> void call(Supplier<T> work, Consumer<T> answer) {
        long mine = ++visit;
        page.set(Page.WORKING);
        threads.background().execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                LOG.error("a correction failed; nothing was changed", e);
                threads.ui().execute(() -> {
                    if (mine == visit) {
                        show(Tone.FAILED, Msg.of("corrections.outcome.failed"), Msg.of("corrections.outcome.failed.detail"));
                    }
                });
                return;
            }
            List<Correction> today = readToday();
            threads.ui().execute(() -> {
                if (mine == visit) {
                    answer.accept(result);
                    showLog(today);
                }
            });
        });
    }

    private void cancelled(Correction c) {
        switch (c.outcome()) {
            case DONE -> show(Tone.DONE, Msg.of("corrections.outcome.withdrawn"),
                    Msg.of("corrections.outcome.withdrawn.detail", CorrectionNotes.reason(reason.name())));
            case REFUSED -> show(Tone.NOT_DONE, Msg.of("corrections.outcome.notWithdrawn"),
                    Msg.of("corrections.outcome.refusedBecause", c.outcomeDetail().orElse("")));
            case NOT_SENT -> show(Tone.NOT_DONE, Msg.of("corrections.outcome.notSent"),
                    Msg.of("corrections.outcome.notSent.detail"));
        }
    }

    private void resent(Correction c, Optional<Company> employer) {
        if (c.outcome() == Correction.Outcome.DONE) {
            show(Tone.DONE, Msg.of("corrections.outcome.resent"), Msg.of("corrections.outcome.resent.detail",
                    employer.<Object>map(Company::name).orElse(Msg.of("attendance.noEmployer"))));
        } else {
            show(Tone.NOT_DONE, Msg.of("corrections.outcome.notResent"), Msg.of("corrections.outcome.notResent.detail"));
        }
    }

    private void registered(RegistrationStep step, Worker worker) {
        String name = WorkerNames.of(worker);
        if (step instanceof RegistrationStep.Registered r) {
            named.put(r.registration().reference(), name);
            show(Tone.DONE, Msg.of("corrections.outcome.registered"), Msg.of("corrections.outcome.registered.detail",
                    name, r.employer().<Object>map(Company::name).orElse(Msg.of("attendance.noEmployer"))));
        } else if (step instanceof RegistrationStep.AlreadyRegistered) {
            show(Tone.NOT_DONE, Msg.of("corrections.outcome.already"), Msg.of("corrections.outcome.already.detail", name));
        } else {
            show(Tone.FAILED, Msg.of("corrections.outcome.failed"), Msg.of("corrections.outcome.failed.detail"));
        }
    }

    private void show(Tone t, Msg title, Msg detail) {
        tone.set(t);
        headline.set(title);
        outcome.set(detail);
        page.set(Page.OUTCOME);
    }

    private List<Correction> readToday() {
        try {
            return corrections.today();
        } catch (RuntimeException e) {
            LOG.warn("today's corrections cannot be read: {}", e.toString());
            return List.of();
        }
    }

    private void showLog(List<Correction> today) {
        List<Company> companies = session.current().map(i -> i.workplace().companies()).orElse(List.of());
        // The latest first: the one just made is on top, where the foreman looks.
        List<Correction> latestFirst = new java.util.ArrayList<>(today);
        java.util.Collections.reverse(latestFirst);
        log.setAll(latestFirst.stream().map(c -> Msg.of("corrections.log.line", whoIs(c.reference()),
                notes.of(c, companies))).toList());
    }

    private String whoIs(ClientReference reference) {
        String here = named.get(reference);
        return here != null ? here : exits.whoIs().apply(reference).orElse("…");
    }

    /** Back one step; from the first step or an answer, back to the list. */
    public void onBack() {
        switch (page.get()) {
            case REASON -> page.set(Page.OVERVIEW);
            case CONFIRM -> page.set(Page.REASON);
            case WORKING -> {
                // The call goes on and is recorded; its answer will show in the list.
                visit++;
                exits.toList().run();
            }
            default -> exits.toList().run();
        }
    }

    private static Msg statusOf(CorrectionTarget t) {
        Optional<Delivery> d = t.registrations().stream().map(Registration::delivery).findFirst()
                .or(() -> t.events().isEmpty() ? Optional.empty()
                        : Optional.of(t.events().get(t.events().size() - 1).delivery()));
        return d.map(CorrectionsViewModel::statusText).orElse(Msg.NONE);
    }

    private static Msg statusText(Delivery d) {
        return switch (d.status()) {
            case ACCEPTED -> d.receiptNumber().map(n -> Msg.of("attendance.status.accepted", n))
                    .orElse(Msg.of("confirm.status.acceptedNoReceipt"));
            case REJECTED -> d.remarks().isEmpty() ? Msg.of("attendance.status.rejected")
                    : Msg.of("attendance.status.rejectedBecause", ServiceRemarks.all(d.remarks()));
            case EXPIRED -> Msg.of("attendance.status.expired");
            case PENDING -> Msg.of("attendance.status.pending");
            case SENT -> Msg.of("attendance.status.sent");
        };
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The name, or the masked number of a typed one. */
    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    /** The masked number and the employer. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty withdrawOfferedProperty() {
        return withdrawOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resendOfferedProperty() {
        return resendOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> resendLabelProperty() {
        return resendLabel.getReadOnlyProperty();
    }

    /** Why the line offers no correction, in plain words; none when it offers one. */
    public ReadOnlyObjectProperty<Msg> whyNoneProperty() {
        return whyNone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** Today's corrections on this workplace, the latest first: who, what, when, by whom. */
    public ObservableList<Msg> log() {
        return logView;
    }
}
