package be.sitegate.ui.admin;

import be.sitegate.kiosk.ReportPeriod;
import be.sitegate.ui.shared.Msg;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The period an export covers, chosen by touch alone: a preset, then a day earlier or later at
 * either end. It is always a real period: the start never passes the end, the end never passes
 * today (the kiosk knows nothing of tomorrow), and a period reaches back at most {@link #LONGEST_DAYS}.
 */
public final class PeriodChoice {

    /** A year: more is no inspection's question, and a report of it would take long to a stick. */
    static final int LONGEST_DAYS = 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<ReportPeriod> period;
    private final ReadOnlyObjectWrapper<Optional<PeriodPreset>> preset =
            new ReadOnlyObjectWrapper<>(Optional.of(PeriodPreset.TODAY));
    private final ReadOnlyObjectWrapper<Msg> from = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> to = new ReadOnlyObjectWrapper<>(Msg.NONE);

    public PeriodChoice(Supplier<LocalDate> today) {
        this.today = Objects.requireNonNull(today, "today");
        this.period = new ReadOnlyObjectWrapper<>(ReportPeriod.day(today.get()));
        show();
    }

    /** Back to today, as at every new visit of the screen. */
    public void reset() {
        choose(PeriodPreset.TODAY);
    }

    public void choose(PeriodPreset chosen) {
        set(chosen.on(today.get()));
        preset.set(Optional.of(chosen));
    }

    public void fromEarlier() {
        LocalDate earliest = period.get().to().minusDays(LONGEST_DAYS - 1);
        LocalDate next = period.get().from().minusDays(1);
        if (!next.isBefore(earliest)) {
            adjust(new ReportPeriod(next, period.get().to()));
        }
    }

    public void fromLater() {
        LocalDate next = period.get().from().plusDays(1);
        if (!next.isAfter(period.get().to())) {
            adjust(new ReportPeriod(next, period.get().to()));
        }
    }

    public void toEarlier() {
        LocalDate next = period.get().to().minusDays(1);
        if (!next.isBefore(period.get().from())) {
            adjust(new ReportPeriod(period.get().from(), next));
        }
    }

    public void toLater() {
        LocalDate next = period.get().to().plusDays(1);
        if (!next.isAfter(today.get())) {
            ReportPeriod longer = new ReportPeriod(period.get().from(), next);
            adjust(longer.days() > LONGEST_DAYS ? new ReportPeriod(next.minusDays(LONGEST_DAYS - 1), next) : longer);
        }
    }

    public boolean canFromEarlier() {
        return period.get().days() < LONGEST_DAYS;
    }

    public boolean canFromLater() {
        return period.get().from().isBefore(period.get().to());
    }

    public boolean canToEarlier() {
        return canFromLater();
    }

    public boolean canToLater() {
        return period.get().to().isBefore(today.get());
    }

    private void adjust(ReportPeriod next) {
        set(next);
        preset.set(Optional.empty());
    }

    private void set(ReportPeriod next) {
        period.set(next);
        show();
    }

    private void show() {
        from.set(Msg.of("admin.period.from", DAY.format(period.get().from())));
        to.set(Msg.of("admin.period.to", DAY.format(period.get().to())));
    }

    public ReportPeriod period() {
        return period.get();
    }

    public ReadOnlyObjectProperty<ReportPeriod> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** The preset the period is, until a stepper changed it. */
    public ReadOnlyObjectProperty<Optional<PeriodPreset>> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** "From 01/11/2026". */
    public ReadOnlyObjectProperty<Msg> fromProperty() {
        return from.getReadOnlyProperty();
    }

    /** "To 23/11/2026". */
    public ReadOnlyObjectProperty<Msg> toProperty() {
        return to.getReadOnlyProperty();
    }
}
