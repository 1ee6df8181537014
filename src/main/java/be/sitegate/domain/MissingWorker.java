package be.sitegate.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone this kiosk recorded on a workplace on recent working days who has no record there today
 * (yet): the foreman's reminder of a forgotten tap.
 *
 * @param lastDay the latest of those days
 * @param days on how many of those days they came
 */
public record MissingWorker(
        WorkerId worker,
        Optional<String> displayName,
        Optional<EnterpriseNumber> employer,
        LocalDate lastDay,
        int days) {

    public MissingWorker {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}
