package be.sitegate.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.logging.FileLog;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitegate logs}: the lines since a moment, oldest file first, the journal after, all masked again. */
class SupportLogsTest {

    @TempDir
    Path dir;

    @Test
    void theLinesSinceTheMomentInOrderWithStackTracesKeptAndEverythingMasked() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("sitegate.2026-11-22.0.log"), String.join("\n",
                "2026-11-22 16:00:00.000 INFO  [main] k - yesterday, not asked for",
                "2026-11-23 06:59:59.999 INFO  [main] k - just before", ""));
        Files.writeString(logs.resolve("sitegate.2026-11-23.10.log"), String.join("\n",
                "2026-11-23 09:00:00.000 INFO  [main] k - tenth archive of the day", ""));
        Files.writeString(logs.resolve("sitegate.2026-11-23.2.log"), String.join("\n",
                "2026-11-23 07:00:00.000 WARN  [main] k - refused 85073003328, old unmasked line",
                "java.lang.IllegalStateException: Bearer abcdefghijklmnopqrst",
                "\tat be.sitegate.Somewhere(Somewhere.java:1)", ""));
        Files.writeString(logs.resolve(FileLog.ACTIVE), String.join("\n",
                "2026-11-23 10:00:00.000 INFO  [main] k - now", ""));
        Path journalctl = dir.resolve("journalctl");
        Files.writeString(journalctl, "#!/bin/sh\necho \"journal $*\"\necho 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJraW9zayJ9.c2ln'\n");
        Files.setPosixFilePermissions(journalctl, PosixFilePermissions.fromString("rwx------"));

        StringWriter out = new StringWriter();
        int lines = new SupportLogs(logs, Optional.of(journalctl)).write(LocalDateTime.parse("2026-11-23T07:00"), out);

        String text = out.toString();
        assertThat(text).doesNotContain("yesterday", "just before", "85073003328", "abcdefghijklmnopqrst", "eyJzdWIi");
        assertThat(text).contains("**.**.**-***.28", "Bearer [token removed]", "\tat be.sitegate.Somewhere",
                "journal -u sitegate-kiosk --since 2026-11-23 07:00:00 --no-pager -o short-iso", "token [token removed]");
        assertThat(text.indexOf("old unmasked line")).isLessThan(text.indexOf("tenth archive"));
        assertThat(text.indexOf("tenth archive")).isLessThan(text.indexOf("k - now"));
        assertThat(text.indexOf("k - now")).isLessThan(text.indexOf("journal -u"));
        assertThat(lines).isEqualTo(7);
    }

    @Test
    void withoutLogsOrJournalTheBundleSaysSo() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(new SupportLogs(dir.resolve("none"), Optional.empty()).write(LocalDateTime.MIN, out)).isZero();
        assertThat(out.toString()).contains("no journalctl on this computer");
    }

    @Test
    void sinceTakesATimeBackADayOrAMoment() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        ZoneId utc = ZoneOffset.UTC;
        assertThat(LogSince.parse("2h", clock, utc)).isEqualTo(LocalDateTime.parse("2026-11-23T08:00"));
        assertThat(LogSince.parse("30m", clock, utc)).isEqualTo(LocalDateTime.parse("2026-11-23T09:30"));
        assertThat(LogSince.parse("3d", clock, utc)).isEqualTo(LocalDateTime.parse("2026-11-20T10:00"));
        assertThat(LogSince.parse("2026-11-22", clock, utc)).isEqualTo(LocalDateTime.parse("2026-11-22T00:00"));
        assertThat(LogSince.parse("2026-11-22T07:15", clock, utc)).isEqualTo(LocalDateTime.parse("2026-11-22T07:15"));
        assertThatThrownBy(() -> LogSince.parse("yesterday", clock, utc)).hasMessageContaining("--since takes");
    }
}
