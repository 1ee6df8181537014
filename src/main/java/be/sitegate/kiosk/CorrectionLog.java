package be.sitegate.kiosk;

import be.sitegate.domain.Correction;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.List;

/** Where corrections are kept for the inspection; over the SQLite store ({@code be.sitegate.store}). */
public interface CorrectionLog {

    void append(Correction correction);

    /** The corrections of records of that workplace and day, oldest first. */
    List<Correction> forDay(WorkplaceId workplace, LocalDate day);
}
