package be.sitegate.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One presence registration as the simulator keeps it: the receipt number and everything it proves. */
public record StoredRegistration(
        String id,
        String sender,
        String clientReference,
        String workplaceId,
        LocalDate registrationDate,
        String inss,
        String limosaId,
        String companyId,
        String direction,
        String timestamp,
        Instant creationDate,
        String channel,
        int sector,
        String status,
        List<String> remarks) {

    public static final String SUCCESSFULLY_REGISTERED = "SUCCESSFULLY REGISTERED";
    public static final String FAILED = "FAILED";
    public static final String SUCCESSFULLY_CANCELLED = "SUCCESSFULLY CANCELLED";

    public StoredRegistration {
        remarks = List.copyOf(remarks);
    }

    public StoredRegistration withStatus(String newStatus) {
        return new StoredRegistration(id, sender, clientReference, workplaceId, registrationDate, inss, limosaId,
                companyId, direction, timestamp, creationDate, channel, sector, newStatus, remarks);
    }

    /** One step of the validation history. */
    public record HistoryEntry(Instant at, String status, List<String> remarks) {
        public HistoryEntry {
            remarks = List.copyOf(remarks);
        }
    }
}
