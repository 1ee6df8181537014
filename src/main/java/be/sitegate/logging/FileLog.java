package be.sitegate.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's own log files, beside the journal: {@code logs/sitegate.log} in its data folder, rolled
 * daily and at 10 MB, at most 50 MB and 30 days in all (a kiosk's disk is small and support asks for
 * days, not months), masked exactly like the console (national numbers, tokens, keys). Started by
 * the kiosk command once it knows its data folder, so tests and one-off commands write no files.
 * {@code sitegate logs} bundles them for support.
 */
public final class FileLog {

    public static final String APPENDER = "SITEGATE_FILE";
    public static final String ACTIVE = "sitegate.log";
    /** A date in every line, so {@code sitegate logs --since} can pick lines; the rest as on the console. */
    public static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %maskedMsg%n%maskedEx";
    static final String MAX_FILE = "10MB";
    static final String TOTAL_CAP = "50MB";
    static final int DAYS = 30;

    private FileLog() {
    }

    /** Adds the file appender to the root logger, once; returns the active file. */
    public static synchronized Path startIn(Path folder) {
        Path active = folder.toAbsolutePath().resolve(ACTIVE);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return active; // another SLF4J binding (never in the kiosk): it has its own outputs
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) != null) {
            return active;
        }
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskedMsg", MaskedMessageConverter::new);
        layout.getInstanceConverterMap().put("maskedEx", MaskedThrowableConverter::new);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        PrivateRollingFileAppender<ILoggingEvent> appender = new PrivateRollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(active.toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        // No compression: an archive is the renamed active file, so it stays 0600 (a compressor would not).
        policy.setFileNamePattern(active.getParent().resolve("sitegate.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE));
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_CAP));
        policy.setMaxHistory(DAYS);
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();
        root.addAppender(appender);
        return active;
    }

    /** Removes and stops the file appender (a test's clean-up; the kiosk keeps it to the end). */
    public static synchronized void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender(APPENDER);
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
    }
}
