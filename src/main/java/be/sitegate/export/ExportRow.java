package be.sitegate.export;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.ServiceRemark;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an export: one registration (Checkinatwork) or one event (Check In and Out at Work),
 * with only what may be shown to an inspector (the national number masked).
 *
 * @param number the masked national number or the Limosa number
 * @param employer the employer's name and enterprise number, or the number alone when the declaration
 *     does not name it, or empty (a Limosa registration, whose declaration names the employer)
 * @param movement present for events only
 * @param identification how the person identified, which tells an inspector how strong the line is
 */
public record ExportRow(
        LocalDate date,
        LocalTime time,
        String name,
        String number,
        String workerKey,
        String employer,
        Optional<Movement> movement,
        IdentificationMethod identification,
        PlainStatus status,
        Optional<String> receiptNumber,
        List<ServiceRemark> remarks) {

    public ExportRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(workerKey, "workerKey");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        remarks = List.copyOf(remarks);
    }

    /** The service's remarks as it wrote them, a refusal with its code first; " | " between two. */
    public String remarksText() {
        StringBuilder out = new StringBuilder();
        for (ServiceRemark remark : remarks) {
            if (out.length() > 0) {
                out.append(" | ");
            }
            remark.code().ifPresent(code -> out.append(code).append(": "));
            out.append(remark.text());
        }
        return out.toString();
    }
}
