package be.sitegate.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a kiosk can be told in {@code sitegate.properties}. Every key, its meaning and its
 * default is documented in {@code kiosk-config/sitegate.properties}; a test keeps the two in step.
 * No secret is ever a value here: keys name files that hold them.
 *
 * <p>{@code declarationEnds} is {@code badge.declaration-ends}: each workplace number as written, with
 * the last day of its declaration of works. This package reads its form and dates only; the composition
 * root turns the numbers into the domain's workplace numbers and refuses a bad one under the same key.
 */
public record KioskConfig(
        Path storeFile,
        CentralEnvironment centralEnvironment,
        Optional<URI> centralUrl,
        Optional<URI> centralTokenUrl,
        Optional<Path> centralCaFile,
        Optional<Path> clientKeystore,
        Optional<Path> clientKeystorePasswordFile,
        Optional<String> clientId,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        CentralOffers centralOffers,
        Duration syncBackoffInitial,
        Duration syncBackoffMax,
        Duration syncPullInterval,
        Optional<Path> cardLibrary,
        Optional<Path> cardTrustedRoots,
        Duration cardReadTimeout,
        boolean acceptSpecimenCards,
        String language,
        List<String> languages,
        LocalTime dayEndsAt,
        Duration confirmationShownFor,
        boolean fullScreen,
        Optional<String> pinHash,
        int soundVolume,
        int retentionDays,
        Path exportFolder,
        int badgeLinkDays,
        Map<String, LocalDate> declarationEnds) {

    private static final Logger LOG = LoggerFactory.getLogger(KioskConfig.class);

    /** Checks across keys and of a value's meaning (ConfigChecks): every configuration made passes them. */
    public KioskConfig {
        ConfigChecks.storeFile(storeFile);
        ConfigChecks.backoff(syncBackoffInitial, syncBackoffMax);
        ConfigChecks.environment(centralEnvironment, centralUrl, centralTokenUrl, acceptSpecimenCards);
        ConfigChecks.exportFolder(exportFolder);
        declarationEnds = Collections.unmodifiableMap(new LinkedHashMap<>(declarationEnds));
    }

    /** Every key this version understands; anything else in the file is a typo and refused. */
    public static final Set<String> KEYS = Set.of(
            "store.file",
            "central.environment", "central.url", "central.token-url", "central.ca-file", "central.client-keystore", "central.client-keystore-password-file",
            "central.client-id", "central.connect-timeout", "central.read-timeout", "central.call-timeout",
            "central.offers",
            "sync.backoff-initial", "sync.backoff-max", "sync.pull-interval",
            "card.library", "card.trusted-roots", "card.read-timeout", "card.accept-specimen",
            "kiosk.language", "kiosk.languages", "kiosk.day-ends-at", "kiosk.confirmation-time", "kiosk.full-screen",
            "kiosk.pin-hash", "sound.volume", "retention.days", "export.folder", "badge.link-days",
            DeclarationEnds.KEY);

    /**
     * Keys an earlier version understood and this one ignores, with why, so an old configuration
     * file still starts the kiosk (a refused start for a line that no longer matters would be worse).
     */
    public static final Map<String, String> RETIRED_KEYS = Map.of(
            "sync.max-attempts", "a registration is no longer given up after a number of failed attempts: it waits "
                    + "until the service answers for it, or its day has passed");

    /**
     * The environment variable that named the export folder before {@code export.folder} did: one
     * place for the kiosk's settings, whose errors name the key. Still set, it is said and ignored.
     */
    static final String RETIRED_EXPORT_FOLDER_VARIABLE = "SITEGATE_EXPORT_FOLDER";

    /** Loud enough over site noise from a small speaker, not so loud that the hut next door hears every tap. */
    public static final int DEFAULT_SOUND_VOLUME = 70;

    /**
     * Resolved registrations are kept this many days (docs/OPERATIONS.md): beyond the 30 days in which a
     * registration may still be corrected, so the foreman can always see what a correction concerns.
     */
    public static final int DEFAULT_RETENTION_DAYS = 45;
    /** The correction window is 30 days: a record must outlive it by at least a day. */
    public static final int MIN_RETENTION_DAYS = 31;
    /** Ten years; longer is a typo, and personal data is not kept without an end. */
    public static final int MAX_RETENTION_DAYS = 3650;

    /**
     * A badge linked with an eID registers its holder for this many days at most (or until the end of
     * the site's declaration when {@code badge.declaration-ends} gives it, if that comes first): then the
     * worker shows their eID again, so a badge that changed hands stops naming the wrong person within a
     * season.
     */
    public static final int DEFAULT_BADGE_LINK_DAYS = 90;
    /** A year: a longer link outlives most sites and the point of seeing the eID now and then. */
    public static final int MAX_BADGE_LINK_DAYS = 366;
    /** The key of {@link #declarationEnds()}. */
    public static final String DECLARATION_ENDS_KEY = DeclarationEnds.KEY;

    public static final List<String> SUPPORTED_LANGUAGES = List.of("nl", "fr", "de", "en", "pl", "ro", "pt",
            "bg", "es", "it", "sk", "tr", "uk", "hu", "lt");

    /** Reads a properties file; a missing file means all defaults ({@link ConfigFile} decides whether one may be missing). */
    public static KioskConfig load(Path file, Map<String, String> environment) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // Defaults only; ConfigFile has already said whether that is acceptable here.
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file.toString(), "cannot be read: " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return of(values, environment);
    }

    public static KioskConfig of(Map<String, String> values, Map<String, String> environment) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(KEYS);
        unknown.removeAll(RETIRED_KEYS.keySet());
        RETIRED_KEYS.forEach((key, why) -> {
            if (values.containsKey(key)) {
                LOG.warn("configuration key {} is no longer used and is ignored ({}); remove the line", key, why);
            }
        });
        if (!unknown.isEmpty()) {
            throw new ConfigException(unknown.iterator().next(), "unknown key (a typo?); known keys are listed in "
                    + "kiosk-config/sitegate.properties");
        }
        if (environment.containsKey(RETIRED_EXPORT_FOLDER_VARIABLE)) {
            LOG.warn("{} is no longer read: the export folder is the key export.folder in the configuration file",
                    RETIRED_EXPORT_FOLDER_VARIABLE);
        }
        Settings s = new Settings(values);
        String language = s.text("kiosk.language", "nl");
        List<String> languages = s.list("kiosk.languages", SUPPORTED_LANGUAGES);
        for (String l : languages) {
            if (!SUPPORTED_LANGUAGES.contains(l)) {
                throw new ConfigException("kiosk.languages", "'" + l + "' is not one of " + SUPPORTED_LANGUAGES);
            }
        }
        if (!languages.contains(language)) {
            throw new ConfigException("kiosk.language", "'" + language + "' is not in kiosk.languages " + languages);
        }
        return new KioskConfig(
                s.path("store.file").orElse(defaultDataDir(environment).resolve("kiosk.db")),
                s.optional("central.environment").map(CentralEnvironment::parse).orElse(CentralEnvironment.SIMULATION),
                s.httpsUrl("central.url"),
                s.httpsUrl("central.token-url"),
                s.path("central.ca-file"),
                s.path("central.client-keystore"),
                s.path("central.client-keystore-password-file"),
                s.optional("central.client-id"),
                s.duration("central.connect-timeout", Duration.ofSeconds(5)),
                s.duration("central.read-timeout", Duration.ofSeconds(15)),
                s.duration("central.call-timeout", Duration.ofSeconds(30)),
                CentralOffers.parse(s.list("central.offers", List.of())),
                s.duration("sync.backoff-initial", Duration.ofSeconds(2)),
                s.duration("sync.backoff-max", Duration.ofMinutes(5)),
                s.duration("sync.pull-interval", Duration.ofSeconds(60)),
                s.path("card.library"),
                s.path("card.trusted-roots"),
                s.duration("card.read-timeout", Duration.ofSeconds(5)),
                s.bool("card.accept-specimen", false),
                language,
                languages,
                s.time("kiosk.day-ends-at", LocalTime.of(23, 59)),
                s.duration("kiosk.confirmation-time", Duration.ofSeconds(6)),
                s.bool("kiosk.full-screen", true),
                s.optional("kiosk.pin-hash"),
                s.integer("sound.volume", DEFAULT_SOUND_VOLUME, 0, 100),
                retentionDays(s),
                s.path("export.folder").orElse(Path.of(System.getProperty("user.home", "."))),
                s.integer("badge.link-days", DEFAULT_BADGE_LINK_DAYS, 1, MAX_BADGE_LINK_DAYS),
                DeclarationEnds.parse(s.optional(DeclarationEnds.KEY)));
    }

    /**
     * The demo's variant of this configuration: its own store next to the embedded simulator, and
     * the public specimen cards accepted (the virtual card carries specimen numbers). What the kiosk
     * asks of the service beyond its published interface stays as configured, so the demo does what a
     * real site does.
     */
    public KioskConfig forDemo(Path demoStoreFile) {
        return new KioskConfig(demoStoreFile, CentralEnvironment.SIMULATION, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), connectTimeout, readTimeout,
                callTimeout, centralOffers, syncBackoffInitial, syncBackoffMax, syncPullInterval, cardLibrary, Optional.empty(), cardReadTimeout, true, language,
                languages, dayEndsAt, confirmationShownFor, fullScreen, pinHash, soundVolume, retentionDays, exportFolder,
                badgeLinkDays, declarationEnds);
    }

    /** {@code retention.days}: below the minimum the error says why the minimum is what it is. */
    private static int retentionDays(Settings s) {
        int days = s.integer("retention.days", DEFAULT_RETENTION_DAYS, 1, MAX_RETENTION_DAYS);
        if (days < MIN_RETENTION_DAYS) {
            throw new ConfigException("retention.days", "must be at least " + MIN_RETENTION_DAYS + ", got " + days
                    + ": a registration may be corrected for 30 days, so it is kept at least a day longer");
        }
        return days;
    }

    /** What a kiosk that talks to a real central service cannot do without. */
    public void requireCentralService() {
        if (centralUrl.isEmpty()) {
            throw new ConfigException("central.url", "is required (or start the kiosk with --demo)");
        }
        if (clientKeystore.isEmpty()) {
            throw new ConfigException("central.client-keystore", "is required: create it with 'sitegate csr'");
        }
        if (clientKeystorePasswordFile.isEmpty()) {
            throw new ConfigException("central.client-keystore-password-file", "is required");
        }
        if (clientId.isEmpty()) {
            throw new ConfigException("central.client-id", "is required");
        }
        if (cardTrustedRoots.isEmpty()) {
            throw new ConfigException("card.trusted-roots", "is required: the Belgium Root CA certificates (PEM)");
        }
        if (centralCaFile.isEmpty()) {
            // Trusting every CA the Java runtime knows would let any of them vouch for a fake service.
            throw new ConfigException("central.ca-file", "is required: the PEM file of the CA that issued the central"
                    + " service's TLS certificate (the kiosk trusts that CA alone, not the Java runtime's list)");
        }
    }

    /** {@code $XDG_DATA_HOME/sitegate}, or {@code ~/.local/share/sitegate}. */
    public static Path defaultDataDir(Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("sitegate");
    }

    /** {@code $XDG_CONFIG_HOME/sitegate/sitegate.properties}, or under {@code ~/.config}. */
    public static Path defaultConfigFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("sitegate").resolve("sitegate.properties");
    }
}
