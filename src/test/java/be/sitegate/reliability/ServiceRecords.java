package be.sitegate.reliability;

import be.sitegate.simulator.SimulatorDatabase;
import be.sitegate.simulator.StoredRegistration;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the service holds for one workplace over a few days, read from the simulator's own database
 * once its process has stopped: the registrations by client reference and by person.
 */
final class ServiceRecords {

    /** The service's flag on a second registration of the same person, workplace and day. */
    static final String SAME_DECLARATION = "SAME DECLARATION HAS ALREADY BEEN REGISTERED";

    private final List<StoredRegistration> all;
    private final Map<String, List<StoredRegistration>> byReference;
    private final Map<String, List<StoredRegistration>> byPerson;

    private ServiceRecords(List<StoredRegistration> all) {
        this.all = List.copyOf(all);
        this.byReference = all.stream().collect(Collectors.groupingBy(StoredRegistration::clientReference));
        this.byPerson = all.stream().filter(r -> r.inss() != null)
                .collect(Collectors.groupingBy(StoredRegistration::inss));
    }

    static ServiceRecords of(List<StoredRegistration> registrations) {
        return new ServiceRecords(registrations);
    }

    static ServiceRecords read(Path simulatorData, String workplace, LocalDate from, LocalDate to) {
        try (SimulatorDatabase db = SimulatorDatabase.open(simulatorData)) {
            return of(db.search(workplace, from, to, null, 0, Integer.MAX_VALUE));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the simulator's database in " + simulatorData, e);
        }
    }

    List<StoredRegistration> all() {
        return all;
    }

    List<StoredRegistration> withReference(String reference) {
        return byReference.getOrDefault(reference, List.of());
    }

    List<StoredRegistration> ofPerson(String inss) {
        return byPerson.getOrDefault(inss, List.of());
    }

    static boolean flagged(StoredRegistration r) {
        return r.remarks().contains(SAME_DECLARATION);
    }
}
