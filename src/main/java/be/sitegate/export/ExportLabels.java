package be.sitegate.export;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * The exports' own texts ({@code labels_*.properties}, UTF-8), in the language asked for. A document
 * is printed for an inspector or a site, so its language is chosen per document, not taken from the
 * screen; a language we have no texts for gets English, never the JVM's default locale.
 */
public final class ExportLabels {

    /** The kiosk's languages (the same as {@code be.sitegate.config.KioskConfig.SUPPORTED_LANGUAGES}). */
    public static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en", "pl", "ro", "pt",
            "bg", "es", "it", "sk", "tr", "uk", "hu", "lt");

    private static final String BUNDLE = "be.sitegate.export.labels";
    private static final List<String> FIXED_KEYS = List.of(
            "report.title", "report.workplace", "report.address", "report.sector", "report.mode", "report.period",
            "report.generatedAt", "report.byEmployer", "report.byStatus", "report.people", "report.records",
            "report.total", "report.page", "report.empty", "report.limosaEmployer", "report.byIdentification",
            "report.proves",
            "col.date", "col.time", "col.name", "col.number", "col.employer", "col.movement", "col.identification",
            "col.status", "col.receipt", "col.remarks",
            "poster.title", "poster.workplace", "poster.phone",
            "onsite.title", "onsite.at", "onsite.count", "onsite.since", "onsite.present", "onsite.empty");

    private final Locale locale;
    private final ResourceBundle bundle;

    private ExportLabels(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static ExportLabels forLocale(Locale requested) {
        String language = LANGUAGES.contains(requested.getLanguage()) ? requested.getLanguage() : "en";
        Locale locale = Locale.forLanguageTag(language);
        return new ExportLabels(locale, ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language the texts are really in (English for a language we have no texts for). */
    public Locale locale() {
        return locale;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** For the texts with {@code {0}} placeholders (only those: MessageFormat eats single quotes). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    public String status(PlainStatus status) {
        return text("status." + status.name());
    }

    /** A short name for how a person identified, for a table's cell. */
    public String identification(IdentificationMethod method) {
        return text("ident." + method.name());
    }

    /** What that way of identifying proves, in a sentence an inspector can weigh. */
    public String proves(IdentificationMethod method) {
        return text("proves." + method.name());
    }

    public String movement(Movement movement) {
        return text("movement." + movement.name());
    }

    public String sector(Sector sector) {
        return text("sector." + sector.name());
    }

    public String mode(RegistrationMode mode) {
        return text("mode." + mode.name());
    }

    public String failure(ExportFailure failure) {
        return text("failure." + failure.name());
    }

    /** Every key the code can ask for, so a test can hold each bundle to it. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(FIXED_KEYS);
        Stream.of(PlainStatus.values()).forEach(v -> keys.add("status." + v.name()));
        Stream.of(IdentificationMethod.values()).forEach(v -> keys.add("ident." + v.name()));
        Stream.of(IdentificationMethod.values()).forEach(v -> keys.add("proves." + v.name()));
        Stream.of(Movement.values()).forEach(v -> keys.add("movement." + v.name()));
        Stream.of(Sector.values()).forEach(v -> keys.add("sector." + v.name()));
        Stream.of(RegistrationMode.values()).forEach(v -> keys.add("mode." + v.name()));
        Stream.of(ExportFailure.values()).forEach(v -> keys.add("failure." + v.name()));
        return keys;
    }
}
