package be.sitegate.app;

import static be.sitegate.testkit.Fixtures.OTHER_SITE;
import static be.sitegate.testkit.Fixtures.OTHER_WORKER;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.kiosk.BadgeLink;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Badge links on a real SQLite file through the kiosk's adapter: found by the keyed fingerprint
 * only, one badge per worker and one worker per badge, ended and revoked links register nobody and
 * go with the retention purge, and neither the UID nor its plain hash is anywhere in the file.
 */
class StoreBadgeLinksTest {

    private static final Instant START = Instant.parse("2026-09-01T06:00:00Z");
    private static final byte[] UID_BYTES = HexFormat.of().parseHex("04a1b2c3d4e5f6");
    private static final BadgeUid BADGE = BadgeUid.of(UID_BYTES);
    private static final BadgeUid OTHER_BADGE = BadgeUid.of(HexFormat.of().parseHex("5a6b7c8d"));

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private KioskStore store;
    private StoreBadgeLinks links;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        links = new StoreBadgeLinks(store.badgeLinks(), BadgeFingerprints.inFolder(dir),
                new StorageFaults(new StorageHealth(clock)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private BadgeLink link(BadgeUid badge, be.sitegate.domain.Inss inss, String name) {
        return links.link(SITE, badge, inss, name, Optional.empty(), clock.instant(),
                clock.instant().plus(Duration.ofDays(90)));
    }

    @Test
    void aLinkedBadgeNamesItsHolderOnItsWorkplaceOnly() {
        link(BADGE, WORKER, "Anna Peeters");
        assertThat(links.active(SITE, BADGE, clock.instant())).hasValueSatisfying(l -> {
            assertThat(l.inss()).isEqualTo(WORKER);
            assertThat(l.displayName()).isEqualTo("Anna Peeters");
            assertThat(l.photo()).isEmpty();
        });
        assertThat(links.active(SITE, OTHER_BADGE, clock.instant())).isEmpty();
        assertThat(links.active(OTHER_SITE, BADGE, clock.instant())).isEmpty();
    }

    @Test
    void thePhotoIsKeptOnlyWhenGiven() {
        links.link(SITE, BADGE, WORKER, "Anna Peeters", Optional.of(new byte[] {1, 2, 3}), clock.instant(),
                clock.instant().plus(Duration.ofDays(1)));
        assertThat(links.active(SITE, BADGE, clock.instant()).orElseThrow().photo()).hasValue(new byte[] {1, 2, 3});
    }

    @Test
    void aNewLinkReplacesTheBadgesAndTheWorkersEarlierOnes() {
        link(BADGE, WORKER, "Anna Peeters");
        link(OTHER_BADGE, WORKER, "Anna Peeters");
        assertThat(links.active(SITE, BADGE, clock.instant())).as("Anna's old badge").isEmpty();
        link(OTHER_BADGE, OTHER_WORKER, "Bogdan Nowak");
        assertThat(links.active(SITE, OTHER_BADGE, clock.instant()).orElseThrow().inss()).isEqualTo(OTHER_WORKER);
        assertThat(links.all(SITE)).hasSize(1);
    }

    @Test
    void endedAndRevokedLinksRegisterNobodyAndGoWithTheRetentionPurge() {
        BadgeLink anna = link(BADGE, WORKER, "Anna Peeters");
        links.link(SITE, OTHER_BADGE, OTHER_WORKER, "Bogdan Nowak", Optional.empty(), clock.instant(),
                clock.instant().plus(Duration.ofDays(2)));
        assertThat(links.revoke(anna.id(), clock.instant())).isTrue();
        assertThat(links.active(SITE, BADGE, clock.instant())).isEmpty();
        assertThat(links.restore(anna.id())).as("undo").isTrue();
        assertThat(links.active(SITE, BADGE, clock.instant())).isPresent();
        links.revoke(anna.id(), clock.instant());

        clock.advance(Duration.ofDays(3));
        assertThat(links.active(SITE, OTHER_BADGE, clock.instant())).as("ended").isEmpty();
        assertThat(links.all(SITE)).as("kept until the purge").hasSize(2);
        assertThat(store.retention().run(30).badgeLinks()).isEqualTo(2);
        assertThat(links.all(SITE)).isEmpty();
    }

    @Test
    void theFileHoldsNeitherTheUidNorItsPlainHashAndTheKeyIsTheKiosksAlone() throws Exception {
        link(BADGE, WORKER, "Anna Peeters");
        store.close();
        byte[] file = Files.readAllBytes(dir.resolve("kiosk.db"));
        byte[] wal = Files.exists(dir.resolve("kiosk.db-wal")) ? Files.readAllBytes(dir.resolve("kiosk.db-wal"))
                : new byte[0];
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(UID_BYTES);
        for (byte[] content : new byte[][] {file, wal}) {
            assertThat(indexOf(content, UID_BYTES)).isNegative();
            assertThat(indexOf(content, sha)).isNegative();
        }
        Path key = dir.resolve(BadgeFingerprints.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(BadgeFingerprints.inFolder(dir).of(BADGE)).as("the same key at the next start")
                .isEqualTo(BadgeFingerprints.inFolder(dir).of(BADGE));
        Path otherKiosk = Files.createDirectory(dir.resolve("other"));
        assertThat(BadgeFingerprints.inFolder(otherKiosk).of(BADGE)).as("another kiosk's fingerprint")
                .isNotEqualTo(BadgeFingerprints.inFolder(dir).of(BADGE));
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
