package be.sitegate.store;

import be.sitegate.testkit.TestClock;
import static be.sitegate.testkit.Fixtures.SEVEN_AM;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.ServiceRemark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk's file from the version before (schema 1) opened by this one: every row kept, DEAD records
 * back in the queue, and the remarks that were "CODE: text" lines split into code and text.
 */
class OutboxMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreKeepsEveryRowAndGetsItsRemarksAsData() throws IOException {
        Path file = dir.resolve("kiosk.db");
        try (Database v1 = Database.open(file, Migrations.of(List.of(script("V001.sql"))))) {
            v1.write(c -> {
                try (var s = c.createStatement()) {
                    for (String sql : List.of(
                            row("SGDEAD", "DEAD", "", "OUTAGE (HTTP 503)"),
                            row("SGREJECTED", "REJECTED", "INVALID_INSS: INSS IS NOT VALID\nREQUEST_REFUSED: MALFORMED", null),
                            row("SGACCEPTED", "ACCEPTED", "RELATED DIMONA NOT OK\nEMPLOYER NOT ACTIVE", null),
                            row("SGPENDING", "PENDING", "", null))) {
                        for (String statement : sql.split(";")) {
                            s.execute(statement);
                        }
                    }
                }
                return null;
            });
        }

        try (KioskStore store = KioskStore.open(file, new TestClock(SEVEN_AM.plusSeconds(60)))) {
            OutboxStore outbox = store.outbox();
            assertThat(outbox.delivery(ref("SGDEAD"))).hasValueSatisfying(d -> {
                assertThat(d.status()).as("a DEAD record waits again").isEqualTo(DeliveryStatus.PENDING);
                assertThat(d.lastError()).contains("OUTAGE (HTTP 503)");
            });
            assertThat(outbox.delivery(ref("SGREJECTED")).orElseThrow().remarks()).containsExactly(
                    ServiceRemark.error("INVALID_INSS", "INSS IS NOT VALID"),
                    ServiceRemark.error("REQUEST_REFUSED", "MALFORMED"));
            assertThat(outbox.delivery(ref("SGACCEPTED")).orElseThrow().remarks()).containsExactly(
                    ServiceRemark.remark("RELATED DIMONA NOT OK"), ServiceRemark.remark("EMPLOYER NOT ACTIVE"));
            assertThat(outbox.delivery(ref("SGPENDING")).orElseThrow().remarks()).isEmpty();
            assertThat(outbox.counts()).isEqualTo(new OutboxCounts(2, 0, 1, 1, 0, 1));
            assertThat(outbox.due(10)).extracting(OutboxItem::reference)
                    .containsExactly(ref("SGDEAD"), ref("SGPENDING"));
        }
    }

    private static ClientReference ref(String value) {
        return new ClientReference(value);
    }

    /** An outbox row of schema 1 with its registration, written the way version 1 wrote them. */
    private static String row(String ref, String status, String remarks, String lastError) {
        long at = SEVEN_AM.toEpochMilli() + List.of("SGDEAD", "SGREJECTED", "SGACCEPTED", "SGPENDING").indexOf(ref);
        return "INSERT INTO outbox (client_reference, kind, status, attempts, next_attempt_at, receipt_number, remarks,"
                + " last_error, created_at, updated_at) VALUES ('" + ref + "', 'REGISTRATION', '" + status + "', 3, "
                + at + ", " + (status.equals("ACCEPTED") ? "'100000000001'" : "NULL") + ", '"
                + remarks.replace("\n", "' || char(10) || '") + "', " + (lastError == null ? "NULL" : "'" + lastError + "'")
                + ", " + at + ", " + at + ");"
                + "INSERT INTO registration (client_reference, workplace_id, worker_key, employer, registration_date,"
                + " registered_at, method, display_name) VALUES ('" + ref + "', '1Y101DRUNWB5Z', 'I:" + inss(ref)
                + "', '0566988259', '2026-11-23', " + at + ", 'EID_CARD', NULL)";
    }

    /** A distinct valid national number per reference. */
    private static String inss(String ref) {
        String first9 = String.format("850101%03d", Math.floorMod(ref.hashCode(), 997));
        return first9 + String.format("%02d", 97 - Long.parseLong(first9) % 97);
    }

    private static String script(String name) throws IOException {
        try (InputStream in = OutboxMigrationTest.class.getClassLoader()
                .getResourceAsStream("be/sitegate/store/migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
