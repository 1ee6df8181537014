package be.sitegate.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.InvalidIdentifierException;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.InitialisationRefusedException;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.ui.typedentry.TypedEntryViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in every language, and every key the FXML files and the code use resolves. */
class MessagesTest {

    /** The kiosk's screens, and the demo's virtual reader window, which speaks the kiosk's languages. */
    private static final List<Path> UI_SOURCES = List.of(Path.of("src/main/java/be/sitegate/ui"),
            Path.of("src/main/java/be/sitegate/demoui"));
    private static final Path UI_RESOURCES = Path.of("src/main/resources/be/sitegate/ui");

    private static Properties load(Language language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(
                "/be/sitegate/ui/shared/messages_" + language.code() + ".properties")) {
            assertThat(in).as("messages_%s.properties", language.code()).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A {@code {n}} the code fills in. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    @Test
    void everyLanguageHasExactlyTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = load(english());
        Set<String> reference = english.stringPropertyNames();
        assertThat(Language.ALL).extracting(Language::code).doesNotHaveDuplicates()
                .contains("nl", "fr", "de", "en", "pl", "ro", "pt", "bg", "es", "it", "sk", "tr", "uk", "hu", "lt");
        for (Language language : Language.ALL) {
            Properties p = load(language);
            assertThat(new TreeSet<>(p.stringPropertyNames())).as("the keys of %s", language.ownName())
                    .isEqualTo(new TreeSet<>(reference));
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as("%s %s", language.code(), key).isNotBlank();
                assertThat(placeholders(p.getProperty(key))).as("%s %s keeps the placeholders", language.code(), key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    /** Each language button is in the language's own name, and no two buttons read alike. */
    @Test
    void everyLanguageHasItsOwnNameOnce() {
        assertThat(Language.ALL).extracting(Language::ownName).doesNotHaveDuplicates().allMatch(n -> !n.isBlank());
        assertThat(Language.ALL).filteredOn(l -> l.code().equals("bg") || l.code().equals("uk"))
                .extracting(Language::ownName).allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
    }

    private static Language english() {
        return Language.ALL.stream().filter(l -> l.code().equals("en")).findFirst().orElseThrow();
    }

    /** The placeholders of a text, counted: a translation has each one as often as the English text. */
    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertThat(I18n.bundle(Locale.forLanguageTag("pl")).getString("idle.headline")).isEqualTo("Włóż swoją kartę eID");
        assertThat(I18n.bundle(Locale.forLanguageTag("ro")).getString("idle.headline")).isEqualTo("Introduceți cardul eID");
        assertThat(I18n.bundle(Locale.forLanguageTag("bg")).getString("idle.headline")).isEqualTo("Поставете Вашата eID карта");
        assertThat(I18n.bundle(Locale.forLanguageTag("tr")).getString("common.cancel")).isEqualTo("İptal");
    }

    @Test
    void everyFxmlKeyResolvesInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern percentKey = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        for (Path fxml : filesEndingIn(UI_RESOURCES, ".fxml")) {
            Matcher m = percentKey.matcher(Files.readString(fxml));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).contains("idle.headline", "common.ok");
        assertResolve(keys);
    }

    @Test
    void everyKeyTheCodeUsesResolvesInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("Msg\\.of\\(\\s*\"([A-Za-z0-9_.]+)\"");
        for (Path sources : UI_SOURCES) {
            for (Path java : filesEndingIn(sources, ".java")) {
                Matcher m = literal.matcher(Files.readString(java));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".")) {
                        keys.add(key); // keys ending in '.' get an enum name appended; checked below
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        // The keys built from enum names.
        for (InvalidIdentifierException.Reason r : InvalidIdentifierException.Reason.values()) {
            keys.add("reason." + r.name());
        }
        for (String r : List.of("EMPTY", "INVALID_CHARACTERS", "WRONG_LENGTH", "UNREADABLE_SCAN")) {
            keys.add("init.workplace." + r); // what WorkplaceScan can refuse with
        }
        for (InitialisationRefusedException.Refusal r : InitialisationRefusedException.Refusal.values()) {
            keys.add("init.error." + r.name());
        }
        for (Sector s : Sector.values()) {
            keys.add("sector." + s.name());
        }
        for (RegistrationMode m : RegistrationMode.values()) {
            keys.add("mode." + m.name());
        }
        for (CardEvents.ReaderStatus s : CardEvents.ReaderStatus.values()) {
            keys.add("status.reader." + s.name());
        }
        for (StorageFailedException.Reason r : StorageFailedException.Reason.values()) {
            keys.add("status.storage." + r.name());
            keys.add("status.storage.todo." + r.name());
        }
        for (TypedEntryViewModel.Kind k : TypedEntryViewModel.Kind.values()) {
            keys.add("entry.title." + k.name());
            keys.add("entry.switch." + k.name());
            keys.add("entry.hint." + k.name());
        }
        // The foreman's list: statuses, where a person is, and how they registered.
        for (be.sitegate.kiosk.AttendanceStatus s : be.sitegate.kiosk.AttendanceStatus.values()) {
            keys.add("attendance.filter." + s.name());
        }
        for (be.sitegate.kiosk.Shift.Presence p : be.sitegate.kiosk.Shift.Presence.values()) {
            keys.add("attendance.presence." + p.name());
        }
        for (be.sitegate.domain.IdentificationMethod m : be.sitegate.domain.IdentificationMethod.values()) {
            keys.add("attendance.identification." + m.name());
        }
        assertResolve(keys);
    }

    /** Every such file below {@code root}, in the screens' folders too. */
    private static List<Path> filesEndingIn(Path root, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(ending)).sorted().toList();
        }
    }

    private static void assertResolve(Set<String> keys) {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.ALL) {
            ResourceBundle bundle = I18n.bundle(language.locale());
            for (String key : keys) {
                if (!bundle.containsKey(key)) {
                    missing.add(language.code() + ":" + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
