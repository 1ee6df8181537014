package be.sitegate.central;

import java.time.Instant;
import java.util.List;

/** One step of a registration's validation history. */
public record HistoryEntry(Instant at, RegistrationStatus status, List<String> remarks) {
    public HistoryEntry {
        remarks = List.copyOf(remarks);
    }
}
