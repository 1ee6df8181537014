package be.sitegate.ops;

import static be.sitegate.ops.DoctorKiosk.result;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.BadgeFingerprints;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.store.DeliveryOutcome;
import be.sitegate.store.KioskStore;
import be.sitegate.store.StoreBackup;
import be.sitegate.store.Tmpfs;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor on a kiosk's real files against the real simulator: all well first, then each fault
 * provoked for real, each found by its own check with a fix, and the exit code that follows.
 */
class DoctorTest {

    @TempDir
    Path dir;

    private DoctorKiosk kiosk;

    @BeforeEach
    void setUp() {
        kiosk = new DoctorKiosk(dir);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    @Test
    void aHealthyKioskIsAllWellAndExitsZero() {
        try (KioskStore store = KioskStore.open(kiosk.store, kiosk.clock)) {
            store.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE, Fixtures.DAY));
        }
        BadgeFingerprints.inFolder(kiosk.store.getParent());  // as a started kiosk has made it
        DoctorReport report = kiosk.run();

        assertThat(report.results()).extracting(CheckResult::name).containsExactly("java", "display", "configuration",
                "card reader", "certificate", "central service", "clock", "disk space", "database", "badge-link key",
                "queue");
        assertThat(report.results()).filteredOn(r -> !r.name().equals("disk space"))
                .allSatisfy(r -> assertThat(r.verdict()).as(r.name() + ": " + r.detail()).isEqualTo(Verdict.OK));
        assertThat(report.exitCode()).isZero();
        assertThat(result(report, "central service").detail()).contains("accepts the technical user");
        assertThat(result(report, "database").detail()).contains("intact", "1 registrations");
        assertThat(result(report, "certificate").detail()).contains("days left");
        assertThat(result(report, "card reader").detail()).isEqualTo("Virtual eID Reader 0 (no card)");
    }

    @Test
    void aCardInTheReaderIsSaid() {
        DoctorReport report = KioskChecks.run(Optional.of(kiosk.config), DoctorKiosk.WITH_DISPLAY, true, kiosk.clock,
                ReadersForTests.oneWithCard());
        assertThat(result(report, "card reader").detail()).contains("a card is in");
    }

    @Test
    void noReaderOrNoPcscServiceFails() {
        DoctorReport none = KioskChecks.run(Optional.of(kiosk.config), DoctorKiosk.WITH_DISPLAY, true, kiosk.clock,
                ReadersForTests.none());
        assertThat(result(none, "card reader").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(none, "card reader").fix()).hasValueSatisfying(f -> assertThat(f).contains("plug in"));
        assertThat(none.exitCode()).isEqualTo(1);

        DoctorReport down = KioskChecks.run(Optional.of(kiosk.config), DoctorKiosk.WITH_DISPLAY, true, kiosk.clock,
                ReadersForTests.serviceDown());
        assertThat(result(down, "card reader").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(down, "card reader").fix()).hasValueSatisfying(f -> assertThat(f).contains("pcscd"));
    }

    @Test
    void aBadKeyInTheConfigurationIsNamedWithItsFix() {
        kiosk.set("retention.days", "7");
        DoctorReport report = kiosk.run();

        CheckResult config = result(report, "configuration");
        assertThat(config.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(config.detail()).startsWith("retention.days: must be at least 31");
        assertThat(config.fix()).hasValueSatisfying(f -> assertThat(f).contains("edit retention.days in " + kiosk.config));
        assertThat(report.results()).extracting(CheckResult::name).doesNotContain("certificate", "database");
        assertThat(report.exitCode()).isEqualTo(1);

        kiosk.set("retention.dayz", "45");
        assertThat(result(kiosk.run(), "configuration").detail()).startsWith("retention.dayz: unknown key");
    }

    @Test
    void anExpiredCertificateFailsAndOneAboutToExpireWarns() {
        Instant now = kiosk.clock.instant();
        kiosk.certificateValid(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(2)));
        DoctorReport expired = kiosk.run();
        assertThat(result(expired, "certificate").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(expired, "certificate").detail()).contains("expired on");
        assertThat(result(expired, "certificate").fix()).hasValueSatisfying(f -> assertThat(f)
                .contains("sitegate csr --out DIR", "--import-cert", "restart"));
        assertThat(expired.exitCode()).isEqualTo(1);

        kiosk.certificateValid(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(12).plusHours(1)));
        CheckResult soon = result(kiosk.run(), "certificate");
        assertThat(soon.verdict()).isEqualTo(Verdict.WARN);
        assertThat(soon.detail()).contains("only 12 days left");

        kiosk.certificateValid(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)));
        assertThat(result(kiosk.run(), "certificate").detail()).contains("valid only from");
    }

    @Test
    void aCertificateTheServiceDidNotIssueIsRefusedByIt() {
        Instant now = kiosk.clock.instant();
        kiosk.certificateValid(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(300)));
        CheckResult central = result(kiosk.run(), "central service");
        assertThat(central.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(central.detail()).contains("refuses the technical user");
    }

    @Test
    void anUnreachableServiceFailsAndTheClockIsNotCompared() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        kiosk.set("central.url", "https://127.0.0.1:" + closedPort);
        DoctorReport report = kiosk.run();
        assertThat(result(report, "central service").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(report, "central service").detail()).contains("cannot be reached");
        assertThat(result(report, "central service").fix()).hasValueSatisfying(f -> assertThat(f).contains("network"));
        assertThat(result(report, "clock").verdict()).isEqualTo(Verdict.WARN);
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void aServiceWhoseCertificateIsNotFromTheConfiguredCaFailsTheHandshake() throws Exception {
        Path otherCa = dir.resolve("other-ca.pem");
        var keys = be.sitegate.pki.Certificates.rsa(2048);
        Instant now = kiosk.clock.instant();
        be.sitegate.pki.Certificates.writePem(otherCa, be.sitegate.pki.Certificates.selfSigned(
                be.sitegate.pki.Certificates.Profile.ca("CN=Another CA", keys.getPublic(), now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(100))), keys.getPrivate()));
        kiosk.set("central.ca-file", otherCa.toString());
        CheckResult central = result(kiosk.run(), "central service");
        assertThat(central.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(central.detail()).contains("TLS");
        assertThat(central.fix()).hasValueSatisfying(f -> assertThat(f).contains("central.ca-file"));
    }

    @Test
    void aClockOffFromTheServicesDateWarnsThenFails() {
        assertThat(result(kiosk.run(), "clock").verdict()).isEqualTo(Verdict.OK);
        kiosk.advanceClock(Duration.ofSeconds(90));
        CheckResult warn = result(kiosk.run(), "clock");
        assertThat(warn.verdict()).isEqualTo(Verdict.WARN);
        assertThat(warn.detail()).contains("ahead of the service");

        kiosk.advanceClock(Duration.ofMinutes(-20));
        DoctorReport report = kiosk.run();
        assertThat(result(report, "clock").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(report, "clock").detail()).contains("behind the service");
        assertThat(result(report, "clock").fix()).hasValueSatisfying(f -> assertThat(f).contains("timedatectl"));
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void aBadWorkplaceNumberInTheDeclarationEndsFailsTheConfiguration() {
        kiosk.set("badge.declaration-ends", "1Y101DRUNWB5Z:2026-12-31, Gent centrum oost:2027-01-31");
        CheckResult config = result(kiosk.run(), "configuration");
        assertThat(config.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(config.detail()).startsWith("badge.declaration-ends: 'Gent centrum oost' is not a workplace number");
        assertThat(config.fix()).hasValueSatisfying(f -> assertThat(f).contains("edit badge.declaration-ends in "));

        kiosk.set("badge.declaration-ends", "1Y101DRUNWB5Z:2026-12-31");
        assertThat(result(kiosk.run(), "configuration").verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void theBadgeLinkKeyIsSaidByItsSizeAndModeNeverByItsBytes() throws Exception {
        Path folder = kiosk.store.getParent();
        BadgeFingerprints.inFolder(folder);
        Path key = folder.resolve("badge-link.key");
        byte[] secret = Files.readAllBytes(key);
        DoctorReport report = kiosk.run();

        CheckResult ok = result(report, "badge-link key");
        assertThat(ok.verdict()).isEqualTo(Verdict.OK);
        assertThat(ok.detail()).isEqualTo(key + " (32 bytes, mode 0600)");
        String hex = java.util.HexFormat.of().formatHex(secret);
        String base64 = java.util.Base64.getEncoder().encodeToString(secret);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.detail() + r.fix().orElse(""))
                .doesNotContainIgnoringCase(hex).doesNotContain(base64));
    }

    @Test
    void aMissingKeyOneOfTheWrongSizeOrOneOthersMayReadWarns() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("key-folder"));
        Path key = folder.resolve("badge-link.key");
        BadgeLinkKeyCheck check = new BadgeLinkKeyCheck(folder);

        CheckResult missing = check.run();
        assertThat(missing.verdict()).isEqualTo(Verdict.WARN);
        assertThat(missing.detail()).contains("no badge-link key at " + key, "a new one is made when the kiosk starts",
                "badges linked before it no longer match");
        assertThat(missing.fix()).hasValueSatisfying(f -> assertThat(f).contains("link their badges again"));

        BadgeFingerprints.inFolder(folder);
        assertThat(check.run().verdict()).isEqualTo(Verdict.OK);

        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CheckResult readable = check.run();
        assertThat(readable.verdict()).isEqualTo(Verdict.WARN);
        assertThat(readable.detail()).contains("mode 0644", "other users may read the key");
        assertThat(readable.fix()).hasValue("chmod 600 " + key + " (as the kiosk's user)");

        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        assertThat(check.run().verdict()).as("narrower than 0600 still reads").isEqualTo(Verdict.OK);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        assertThat(check.run().verdict()).as("a key its owner cannot read stops the kiosk").isEqualTo(Verdict.FAIL);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        Files.write(key, new byte[31]);
        CheckResult cut = check.run();
        assertThat(cut.verdict()).isEqualTo(Verdict.WARN);
        assertThat(cut.detail()).contains("31 bytes instead of 32", "moves it aside as " + key + ".unusable",
                "badges linked before no longer match");
    }

    @Test
    void aMissingKeyIsOnlyAWarningForTheWholeKiosk() {
        DoctorReport report = kiosk.run();
        assertThat(result(report, "badge-link key").verdict()).isEqualTo(Verdict.WARN);
        assertThat(report.results()).filteredOn(r -> !r.name().equals("disk space"))
                .extracting(CheckResult::verdict).doesNotContain(Verdict.FAIL);
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void aCorruptedDatabaseFails() throws Exception {
        try (KioskStore store = KioskStore.open(kiosk.store, kiosk.clock)) {
            Fixtures.registerMany(store, 2000, kiosk.clock.instant());
        }
        corrupt(kiosk.store);
        DoctorReport report = kiosk.run();
        CheckResult database = result(report, "database");
        assertThat(database.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(database.detail()).contains("damaged");
        assertThat(database.fix()).hasValueSatisfying(f -> assertThat(f).contains("restore the latest backup"));
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void theDatabaseIsCheckedWhileTheKioskHasItOpen() {
        try (KioskStore store = KioskStore.open(kiosk.store, kiosk.clock)) {
            store.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE, Fixtures.DAY));
            DoctorReport report = kiosk.run();
            assertThat(result(report, "database").verdict()).isEqualTo(Verdict.OK);
            store.registrations().register(Fixtures.registration(Fixtures.BOGDAN, Fixtures.SITE, Fixtures.DAY));
        }
    }

    @Test
    void aQueueWaitingLongFailsAndRecordsNeedingALookWarn() {
        TestClock storeClock = new TestClock(kiosk.clock.instant().minus(Duration.ofMinutes(30)));
        try (KioskStore store = KioskStore.open(kiosk.store, storeClock)) {
            ClientReference refused = store.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE,
                    Fixtures.DAY)).registration().reference();
            store.outbox().record(List.of(new DeliveryOutcome.Rejected(refused,
                    List.of(new ServiceRemark(Optional.of("EMPLOYER_UNKNOWN"), "no such employer")))));
        }
        CheckResult look = result(kiosk.run(), "queue");
        assertThat(look.verdict()).isEqualTo(Verdict.WARN);
        assertThat(look.detail()).contains("1 refused", "1 of them not yet acknowledged");

        try (KioskStore store = KioskStore.open(kiosk.store, storeClock)) {
            store.registrations().register(Fixtures.registration(Fixtures.BOGDAN, Fixtures.SITE, Fixtures.DAY));
        }
        CheckResult waiting = result(kiosk.run(), "queue");
        assertThat(waiting.verdict()).isEqualTo(Verdict.WARN);
        assertThat(waiting.detail()).contains("1 waiting", "(30 min)");

        kiosk.advanceClock(Duration.ofHours(5));
        DoctorReport report = kiosk.run();
        assertThat(result(report, "queue").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void littleDiskSpaceFails() throws Exception {
        try (Tmpfs small = Tmpfs.mountOrSkip(dir.resolve("small"), 50)) {
            kiosk.set("store.file", small.path().resolve("kiosk.db").toString());
            DoctorReport report = kiosk.run();
            assertThat(result(report, "disk space").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(result(report, "disk space").detail()).contains("under 100 MB");
        }
    }

    @Test
    void noDisplayFailsForTheKioskButOnlyWarnsInAShell() {
        assertThat(result(kiosk.run(Map.of(), false), "display").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result(kiosk.run(Map.of(), true), "display").verdict()).isEqualTo(Verdict.WARN);
        assertThat(result(kiosk.run(Map.of("WAYLAND_DISPLAY", "wayland-0"), false), "display").verdict())
                .isEqualTo(Verdict.OK);
    }

    @Test
    void aMissingJavaFxFails() {
        CheckResult java = new JavaRuntimeCheck("javafx.no.such.Platform").run();
        assertThat(java.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(java.detail()).contains("JavaFX is missing");
        assertThat(new JavaRuntimeCheck().run().verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aBackupIsCheckedAndAnythingElseIsNot() throws Exception {
        try (KioskStore store = KioskStore.open(kiosk.store, kiosk.clock)) {
            store.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE, Fixtures.DAY));
            StoreBackup.copy(kiosk.store, dir.resolve("backup.db"));
        }
        DoctorReport good = KioskChecks.backup(dir.resolve("backup.db"));
        assertThat(good.results()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.OK);
            assertThat(r.detail()).contains("intact", "1 registrations", "1 waiting", "newest 2026-11-23T06:00:00Z");
        });

        Path notABackup = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some text here");
        assertThat(KioskChecks.backup(notABackup).exitCode()).isEqualTo(1);
        assertThat(KioskChecks.backup(dir.resolve("missing.db")).results().get(0).detail()).contains("no such file");
    }

    /** Overwrites pages in the middle of the file, as a failing disk would. */
    static void corrupt(Path file) throws Exception {
        long size = Files.size(file);
        try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
            byte[] junk = new byte[4096 * 4];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            channel.position(Math.max(4096, size / 2));
            channel.write(java.nio.ByteBuffer.wrap(junk));
        }
    }
}
