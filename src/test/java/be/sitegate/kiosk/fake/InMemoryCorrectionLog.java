package be.sitegate.kiosk.fake;

import be.sitegate.domain.Correction;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CorrectionLog;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The correction log in memory, oldest first, as the store keeps it. */
public final class InMemoryCorrectionLog implements CorrectionLog {

    public final List<Correction> corrections = new CopyOnWriteArrayList<>();

    @Override
    public void append(Correction correction) {
        corrections.add(correction);
    }

    @Override
    public List<Correction> forDay(WorkplaceId workplace, LocalDate day) {
        return corrections.stream().filter(c -> c.workplace().equals(workplace) && c.day().equals(day)).toList();
    }
}
