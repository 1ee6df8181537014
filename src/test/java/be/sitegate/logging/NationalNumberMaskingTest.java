package be.sitegate.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

class NationalNumberMaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "registered 85073003328 at 07:12       | registered 85.07.30-***.** at 07:12",
            "registered 85.07.30-033.28 at 07:12   | registered 85.07.30-***.** at 07:12",
            "typo 85073003327 still hidden         | typo 85.07.30-***.** still hidden",
            "two: 85073003328,71451201771          | two: 85.07.30-***.**,71.45.12-***.**",
            "key I:85073003328                     | key I:85.07.30-***.**",
            "receipt 123456789012 stays            | receipt 123456789012 stays",
            "limosa 12345678901234567 stays        | limosa 12345678901234567 stays",
            "ten digits 0566988259 stay            | ten digits 0566988259 stay",
    })
    void masksEveryNationalNumberShapeAndNothingElse(String in, String out) {
        assertThat(NationalNumberMask.mask(in.strip())).isEqualTo(out.strip());
    }

    @Test
    void theShippedConfigurationMasksMessagesAndStackTraces() throws Exception {
        String config = Files.readString(Path.of("src/main/resources/logback.xml"));
        String pattern = config.substring(config.indexOf("<pattern>"), config.indexOf("</pattern>"));
        assertThat(pattern).contains("%maskedMsg").contains("%maskedEx")
                .doesNotContain("%msg").doesNotContain("%m%").doesNotContain("%message").doesNotContain("%ex ");

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern.substring("<pattern>".length()));
        encoder.start();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(captured);
        appender.start();
        Logger logger = context.getLogger("masking-test");
        logger.addAppender(appender);
        try {
            logger.info("worker {} registered", "85073003328");
            logger.warn("refused", new IllegalStateException("bad number 71451201771 for employer 0566988259"));
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("worker 85.07.30-***.** registered")
                .contains("bad number 71.45.12-***.** for employer 0566988259")
                .doesNotContain("85073003328").doesNotContain("71451201771");
    }
}
