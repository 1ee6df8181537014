package be.sitegate.store;

import static be.sitegate.testkit.Fixtures.ANNA;
import static be.sitegate.testkit.Fixtures.BUILDER_NUMBER;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SEVEN_AM;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up before the kiosk takes taps runs a tap's statements for real but stores nothing: no
 * registration, no event, no outbox row, no count; the same worker's real tap afterwards is a first
 * registration, and the kiosk's own records are left as they were.
 */
class WarmUpTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(SEVEN_AM, ZoneOffset.UTC);

    @Test
    void storesNothingAndLeavesWhatWasThere() {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            store.registrations().register(registration(ANNA, SITE, DAY.minusDays(1)));
            OutboxCounts before = store.outbox().counts();

            store.warmUp(SITE, ANNA, BUILDER_NUMBER, DAY, SEVEN_AM);

            assertThat(store.registrations().find(ANNA, SITE, DAY)).isEmpty();
            assertThat(store.events().last(ANNA, SITE, DAY)).isEmpty();
            assertThat(store.outbox().counts()).isEqualTo(before);
            assertThat(rows(store, "outbox")).isEqualTo(1);
            assertThat(rows(store, "registration")).isEqualTo(1);
            assertThat(rows(store, "presence_event")).isZero();
            assertThat(store.registrations().find(ANNA, SITE, DAY.minusDays(1))).isPresent();
            assertThat(store.registrations().register(registration(ANNA, SITE, DAY)).created()).isTrue();
        }
    }

    @Test
    void writesAndReadsGoOnAsBeforeAfterIt() {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            store.warmUp(SITE, ANNA, BUILDER_NUMBER, DAY, SEVEN_AM);
            store.warmUp(SITE, ANNA, BUILDER_NUMBER, DAY, SEVEN_AM); // twice: nothing left from the first

            assertThat(store.registrations().register(registration(ANNA, SITE, DAY)).created()).isTrue();
            assertThat(store.outbox().counts().pending()).isEqualTo(1);
        }
    }

    private static int rows(KioskStore store, String table) {
        return store.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
