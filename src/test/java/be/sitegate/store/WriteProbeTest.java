package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteProbeTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Fixtures.SEVEN_AM, ZoneOffset.UTC);

    @Test
    void aProbeCommitsAndLeavesNoTableAndNoRecordBehind() {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            store.registrations().register(registration(Fixtures.ANNA, SITE, DAY));
            store.writeProbe().run();
            store.writeProbe().run();
            assertThat(count(store, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%probe%'")).isZero();
            assertThat(count(store, "PRAGMA secure_delete")).isZero(); // back to SQLite's default for everyone else
            assertThat(store.registrations().forDay(SITE, DAY)).hasSize(1);
            assertThat(store.outbox().counts().pending()).isEqualTo(1);
        }
    }

    @Test
    void aProbeFailsWhereARegistrationFailsAndPassesOnceThereIsRoomAgain() {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            store.writeProbe().run(); // leaves its pages on the freelist: the next registrations use them first
            int pages = (int) count(store, "PRAGMA page_count");
            setMaxPageCount(store, pages);
            int failedAt = -1;
            for (int i = 0; i < 10_000 && failedAt < 0; i++) {
                try {
                    store.registrations().register(registration(Fixtures.worker(i), SITE, DAY));
                } catch (StoreException e) {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.DISK_FULL);
                    failedAt = i;
                }
            }
            assertThat(failedAt).as("registrations until the store is full").isPositive();

            StoreException probe = catchThrowableOfType(StoreException.class, () -> store.writeProbe().run());
            assertThat(probe.reason()).isEqualTo(StoreException.Reason.DISK_FULL);

            setMaxPageCount(store, pages + 100);
            store.writeProbe().run();
            assertThat(store.registrations().register(registration(Fixtures.worker(failedAt), SITE, DAY))
                    .created()).isTrue();
            assertThat(store.registrations().forDay(SITE, DAY)).hasSize(failedAt + 1);
        }
    }

    private static void setMaxPageCount(KioskStore store, int pages) {
        store.database().write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    private static long count(KioskStore store, String sql) {
        return store.database().write(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }
}
