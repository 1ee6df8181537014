package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text the exports ask for exists in each of the kiosk's languages, and no bundle holds a stray key. */
class ExportLabelsTest {

    @Test
    void theExportsSpeakEveryLanguageTheKioskSpeaks() {
        assertThat(ExportLabels.LANGUAGES).containsExactlyElementsOf(be.sitegate.config.KioskConfig.SUPPORTED_LANGUAGES);
    }

    @Test
    void everyLanguageHasExactlyTheKeysTheCodeAsksFor() throws IOException {
        TreeSet<String> wanted = new TreeSet<>(ExportLabels.keys());
        for (String language : ExportLabels.LANGUAGES) {
            Properties p = load(language);
            assertThat(new TreeSet<>(p.stringPropertyNames())).as(language).isEqualTo(wanted);
            for (String key : wanted) {
                assertThat(p.getProperty(key)).as("%s %s", language, key).isNotBlank();
                assertThat(p.getProperty(key).contains("{0}")).as("%s %s placeholders", language, key)
                        .isEqualTo(load("en").getProperty(key).contains("{0}"));
            }
            ExportLabels labels = ExportLabels.forLocale(Locale.forLanguageTag(language));
            ExportLabels.keys().forEach(key -> assertThat(labels.text(key)).isNotBlank());
        }
    }

    @Test
    void bundlesAreReadAsUtf8AndAnUnknownLanguageGetsEnglish() {
        assertThat(ExportLabels.forLocale(Locale.forLanguageTag("pl")).text("report.title"))
                .isEqualTo("Obecności na miejscu pracy");
        assertThat(ExportLabels.forLocale(Locale.forLanguageTag("ro")).status(PlainStatus.STORED))
                .isEqualTo("Salvat pe acest chioșc, încă netrimis");
        assertThat(ExportLabels.forLocale(Locale.forLanguageTag("uk")).text("poster.title"))
                .isEqualTo("Зареєструйте свою присутність");
        ExportLabels japanese = ExportLabels.forLocale(Locale.forLanguageTag("ja"));
        assertThat(japanese.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(japanese.text("report.title")).isEqualTo("Attendance on the workplace");
        assertThat(ExportLabels.forLocale(Locale.forLanguageTag("nl-BE")).format("report.page", "2", "9"))
                .isEqualTo("Pagina 2 van 9");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportLabelsTest.class.getResourceAsStream(
                "/be/sitegate/export/labels_" + language + ".properties")) {
            assertThat(in).as("labels_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
