package be.sitegate.ui;

import be.sitegate.domain.Company;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.Corrections;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.ui.attendance.AttendanceViewModel;
import be.sitegate.ui.corrections.CorrectionTarget;
import be.sitegate.ui.corrections.CorrectionsViewModel;
import be.sitegate.ui.employerchoice.EmployerChoiceViewModel;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.typedentry.TypedEntryViewModel;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The way from the foreman's list to the corrections (issue 14) and back: a tapped line to its
 * corrections, "register on behalf" to the keypad and then the employer, a resend to the employer;
 * every one of these screens is a foreman's, locking itself like the list. Back to the list reads the
 * list afresh, so it shows what was just done.
 */
final class CorrectionsOpening {

    private final KioskFlow flow;
    private final KioskSession session;
    private final AttendanceOpening list;
    /** The corrections screen itself. */
    final CorrectionsViewModel corrections;
    /** The keypad, in the foreman's words ("type the worker's number"). */
    final TypedEntryViewModel onBehalfEntry;
    /** The employer choice, in the foreman's words ("who does this worker work for?"). */
    final EmployerChoiceViewModel employer;
    private Consumer<Company> employerChosen = c -> { };

    CorrectionsOpening(Corrections service, KioskSession session, Threads threads, KioskFlow flow,
            AttendanceOpening list, AttendanceViewModel attendance) {
        this.flow = flow;
        this.session = session;
        this.list = list;
        this.corrections = new CorrectionsViewModel(service, session, threads, session.zone(),
                new CorrectionsViewModel.Exits(list::open, this::chooseEmployer,
                        () -> flow.showForeman(Screen.CORRECTIONS), attendance::whoIs));
        this.onBehalfEntry = new TypedEntryViewModel(this::typed, list::open, "corrections.entry.");
        this.employer = new EmployerChoiceViewModel((step, company) -> employerChosen.accept(company), list::open,
                Msg.of("corrections.employer.title"));
    }

    /** A tapped line of the list. */
    void open(AttendanceViewModel.Chosen line) {
        corrections.open(new CorrectionTarget(line.name(), line.number(), line.employer(), line.registrations(),
                line.events(), line.earlier()));
        flow.showForeman(Screen.CORRECTIONS);
    }

    /** "Register on behalf", from the list (which offers it in Checkinatwork only). */
    void startOnBehalf() {
        onBehalfEntry.start(TypedEntryViewModel.Kind.INSS, "");
        flow.showForeman(Screen.ON_BEHALF_ENTRY);
    }

    /** A national number needs the employer the worker works for; a Limosa declaration names its own. */
    private void typed(Worker worker) {
        if (worker.id() instanceof WorkerId.National) {
            chooseEmployer(worker, company -> corrections.registerOnBehalf(worker, Optional.of(company)));
        } else {
            corrections.registerOnBehalf(worker, Optional.empty());
        }
    }

    private void chooseEmployer(Worker worker, Consumer<Company> then) {
        var current = session.current();
        if (current.isEmpty()) {
            list.open();
            return;
        }
        employerChosen = then;
        employer.show(new RegistrationStep.ChooseEmployer(worker, current.get().workplace().companies()));
        flow.showForeman(Screen.CORRECTION_EMPLOYER);
    }
}
