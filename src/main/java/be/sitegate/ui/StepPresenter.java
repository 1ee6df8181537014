package be.sitegate.ui;

import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.ui.breakorend.BreakOrEndViewModel;
import be.sitegate.ui.confirmation.Confirmation;
import be.sitegate.ui.confirmation.ConfirmationViewModel;
import be.sitegate.ui.employerchoice.EmployerChoiceViewModel;
import be.sitegate.ui.shared.Threads;
import java.util.Optional;

/**
 * Shows where a worker's registration stands after a step: the question still to answer (who
 * employs them, break or end), or the confirmation of what was stored, with the card's photo.
 */
final class StepPresenter {

    private final Threads threads;
    private final KioskFlow flow;
    private final EmployerChoiceViewModel employerChoice;
    private final BreakOrEndViewModel breakOrEnd;
    private final ConfirmationViewModel confirmation;
    private final java.util.Optional<BadgeLinking> linking;

    StepPresenter(Threads threads, KioskFlow flow, EmployerChoiceViewModel employerChoice,
            BreakOrEndViewModel breakOrEnd, ConfirmationViewModel confirmation) {
        this(threads, flow, employerChoice, breakOrEnd, confirmation, Optional.empty());
    }

    /** {@code linking}: the confirmation of an authentic eID offers to link a badge. */
    StepPresenter(Threads threads, KioskFlow flow, EmployerChoiceViewModel employerChoice,
            BreakOrEndViewModel breakOrEnd, ConfirmationViewModel confirmation, Optional<BadgeLinking> linking) {
        this.linking = linking;
        this.threads = threads;
        this.flow = flow;
        this.employerChoice = employerChoice;
        this.breakOrEnd = breakOrEnd;
        this.confirmation = confirmation;
    }

    /** {@code turn}: the worker's, so a photo read too late for them is not shown to the next one. */
    void show(RegistrationStep step, long turn, CardExtras extras) {
        if (step instanceof RegistrationStep.ChooseEmployer choose) {
            employerChoice.show(choose);
            flow.showWaiting(Screen.EMPLOYER_CHOICE);
        } else if (step instanceof RegistrationStep.ChooseBreakOrEnd choose) {
            breakOrEnd.show(choose);
            flow.showWaiting(Screen.BREAK_OR_END);
        } else {
            confirmation.show(Confirmation.of(step, extras.notice()));
            offerBadgeLink(step, extras);
            extras.photo().ifPresent(photo -> threads.background().execute(() -> {
                Optional<byte[]> jpeg = photo.get();
                threads.ui().execute(() -> {
                    if (flow.isTurn(turn)) {
                        jpeg.ifPresent(confirmation::onPhoto);
                    }
                });
            }));
            flow.showResult(Screen.CONFIRMATION);
        }
    }

    private void offerBadgeLink(RegistrationStep step, CardExtras extras) {
        if (linking.isEmpty() || extras.badgeCandidate().isEmpty()) {
            return;
        }
        Optional<be.sitegate.domain.Company> employer;
        if (step instanceof RegistrationStep.Registered r) {
            employer = r.employer();
        } else if (step instanceof RegistrationStep.AlreadyRegistered r) {
            employer = r.employer();
        } else if (step instanceof RegistrationStep.EventRecorded r) {
            employer = r.employer();
        } else {
            return;
        }
        BadgeLinking.Candidate candidate = extras.badgeCandidate().get();
        confirmation.offerBadgeLink(() -> linking.get().offer(candidate, employer,
                confirmation.photoProperty()::get));
    }
}
