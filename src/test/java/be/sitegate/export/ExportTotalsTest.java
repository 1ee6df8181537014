package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.IdentificationMethod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's totals: a withdrawn registration is a record of the day, not a person who worked there. */
class ExportTotalsTest {

    private static ExportRow row(String worker, String employer, PlainStatus status) {
        return row(worker, employer, status, IdentificationMethod.EID_CARD);
    }

    private static ExportRow row(String worker, String employer, PlainStatus status, IdentificationMethod method) {
        return new ExportRow(LocalDate.of(2026, 12, 2), LocalTime.of(7, 0), worker, "**.**.**-***.70", worker,
                employer, Optional.empty(), method, status, Optional.of("123456789012"), List.of());
    }

    @Test
    void aWithdrawnRegistrationCountsAsARecordAndAsWithdrawnNotAsAPerson() {
        ExportTotals totals = ExportTotals.of(List.of(
                row("jan", "Dakwerken Janssens BV", PlainStatus.REGISTERED),
                row("piet", "Dakwerken Janssens BV", PlainStatus.WITHDRAWN)));

        assertThat(totals.people()).isEqualTo(1);
        assertThat(totals.records()).isEqualTo(2);
        assertThat(totals.byEmployer().get("Dakwerken Janssens BV").people()).isEqualTo(1);
        assertThat(totals.byStatus()).containsEntry(PlainStatus.WITHDRAWN, 1).containsEntry(PlainStatus.REGISTERED, 1);
    }

    @Test
    void recordsAreCountedPerIdentificationFromTheStrongest() {
        ExportTotals totals = ExportTotals.of(List.of(
                row("jan", "Dakwerken Janssens BV", PlainStatus.REGISTERED, IdentificationMethod.TYPED_LIMOSA),
                row("piet", "Dakwerken Janssens BV", PlainStatus.REGISTERED, IdentificationMethod.BADGE),
                row("ana", "Dakwerken Janssens BV", PlainStatus.REGISTERED, IdentificationMethod.EID_CHIP_PROVEN),
                row("jan", "Dakwerken Janssens BV", PlainStatus.WITHDRAWN, IdentificationMethod.TYPED_LIMOSA)));

        assertThat(totals.byIdentification()).containsExactly(
                java.util.Map.entry(IdentificationMethod.EID_CHIP_PROVEN, 1),
                java.util.Map.entry(IdentificationMethod.BADGE, 1),
                java.util.Map.entry(IdentificationMethod.TYPED_LIMOSA, 2));
    }
}
