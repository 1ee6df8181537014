package be.sitegate.app;

import be.sitegate.domain.Correction;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CorrectionLog;
import be.sitegate.store.CorrectionStore;
import java.time.LocalDate;
import java.util.List;

/** The correction log in the kiosk's SQLite store. */
final class StoreCorrectionLog implements CorrectionLog {

    private final CorrectionStore store;

    StoreCorrectionLog(CorrectionStore store) {
        this.store = store;
    }

    @Override
    public void append(Correction correction) {
        store.append(correction);
    }

    @Override
    public List<Correction> forDay(WorkplaceId workplace, LocalDate day) {
        return store.forDay(workplace, day);
    }
}
