package be.sitegate.logging;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Inss;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class NationalNumberMaskingTest {

    /** A valid national number and the ways people write it: every one the parser accepts must be masked. */
    private static final String DIGITS = "85073003328";
    private static final String NBSP = "\u00a0";

    static Stream<String> everyWrittenForm() {
        List<String> forms = new ArrayList<>();
        forms.add(DIGITS);
        for (String sep : List.of(".", "-", "/", " ", NBSP, "\t", "\u2003", "\u3000")) {
            forms.add(write(sep, sep, sep));                     // 85.07.30.033.28
            forms.add(write(sep, sep, "") );                      // 85.07.30.03328
            forms.add(String.join(sep, DIGITS.split("")));        // 8.5.0.7.3.0.0.3.3.2.8
            forms.add(sep + write(sep, sep, sep) + sep);
        }
        forms.addAll(List.of(
                "85.07.30-033.28", "85-07-30-033-28", "85/07/30/033/28", "85 07 30 033 28", "85.07.30 033 28",
                "85.07.30-03328", "850730-033.28", "850730 03328", "850730-03328", "85 07 30-033.28",
                "85" + NBSP + "07" + NBSP + "30" + NBSP + "033" + NBSP + "28", "85." + NBSP + "07.30 - 033.28",
                "85 . 07 . 30 - 033 . 28", "85/07/30-033.28", "85-07-30 033/28", "85.07.30\n033.28",
                "85.07.30\r\n033.28", "8507 3003 328", "85 0730 03328", "85..07..30--033..28",
                "85 / 07 / 30 / 033 / 28", "85.07.30." + NBSP + "033.28", "85-07.30/033 28", "85\t07\t30\t033\t28"));
        return forms.stream();
    }

    private static String write(String afterYear, String afterDay, String afterSerial) {
        return "85" + afterYear + "07" + afterYear + "30" + afterDay + "033" + afterSerial + "28";
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("everyWrittenForm")
    void everyFormTheParserAcceptsIsMaskedInALogLine(String form) {
        assertThat(Inss.parse(form)).as("the parser accepts it").hasToString(DIGITS);
        String line = "worker " + form + " registered at 07:12";
        String masked = NationalNumberMask.mask(line);

        assertThat(masked).startsWith("worker ").endsWith(" registered at 07:12").contains("**.**.**-***.28");
        assertThat(onlyDigits(masked)).as(masked).doesNotContain("850730").doesNotContain("033");
    }

    @Test
    void everySeparatorCharacterTheParserSkipsIsSkippedByTheMaskToo() {
        List<String> leaks = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String form = "85" + c + "07" + c + "30" + c + "033" + c + "28";
            if (!Character.isDigit(c) && Inss.isValid(form) && NationalNumberMask.mask(form).contains("07")) {
                leaks.add(String.format("U+%04X", (int) c));
            }
        }
        assertThat(leaks).as("separators the parser accepts but the mask does not").isEmpty();
    }

    @Test
    void theLogMaskAndTheScreensShowTheSameForm() {
        assertThat(NationalNumberMask.mask(DIGITS)).isEqualTo(Inss.parse(DIGITS).masked());
    }

    private static String onlyDigits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "registered 85073003328 at 07:12       | registered **.**.**-***.28 at 07:12",
            "registered 85.07.30-033.28 at 07:12   | registered **.**.**-***.28 at 07:12",
            "typo 85073003327 still hidden         | typo **.**.**-***.27 still hidden",
            "two: 85073003328,71451201771          | two: **.**.**-***.28,**.**.**-***.71",
            "key I:85073003328                     | key I:**.**.**-***.28",
            "85073003328 12 times                  | **.**.**-***.28 12 times",
            "v1.85073003328                        | v1.**.**.**-***.28",
            "85 07 30 033 28 and 71.45.12/017.71   | **.**.**-***.28 and **.**.**-***.71",
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
        assertThat(text).contains("worker **.**.**-***.28 registered")
                .contains("bad number **.**.**-***.71 for employer 0566988259")
                .doesNotContain("85073003328").doesNotContain("71451201771");
    }
}
