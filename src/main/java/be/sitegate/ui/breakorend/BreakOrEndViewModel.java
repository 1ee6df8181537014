package be.sitegate.ui.breakorend;

import be.sitegate.domain.OutReason;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.ui.shared.WorkerNames;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Check In and Out: a worker at work taps again and says whether it is a break or the end. */
public final class BreakOrEndViewModel {

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final BiConsumer<RegistrationStep.ChooseBreakOrEnd, OutReason> chosen;
    private final Runnable cancel;
    private RegistrationStep.ChooseBreakOrEnd step;

    public BreakOrEndViewModel(BiConsumer<RegistrationStep.ChooseBreakOrEnd, OutReason> chosen, Runnable cancel) {
        this.chosen = chosen;
        this.cancel = cancel;
    }

    public void show(RegistrationStep.ChooseBreakOrEnd newStep) {
        step = newStep;
        name.set(WorkerNames.of(newStep.worker()));
    }

    public void onBreak() {
        chosen.accept(step, OutReason.BREAK);
    }

    public void onEndOfWork() {
        chosen.accept(step, OutReason.END_OF_WORK);
    }

    public void onCancel() {
        cancel.run();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }
}
