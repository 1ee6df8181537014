package be.sitegate.architecture;

import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyOrigin;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * The shape of SiteGate in one place: for each package under {@code be.sitegate}, what it may
 * depend on (our packages and the libraries it is the one to use); no cycles between packages;
 * and who may know the parts that exist only for demos and tests. The README's architecture
 * drawing shows exactly these allow-lists, so change both together.
 *
 * <p>Every rule fails closed: a rule whose package has no class fails (ArchUnit's default, never
 * switched off here), so a renamed package cannot leave a rule that passes by checking nothing.
 */
@AnalyzeClasses(packages = "be.sitegate", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String DOMAIN = "be.sitegate.domain..";
    private static final String PKI = "be.sitegate.pki..";
    private static final String CONFIG = "be.sitegate.config..";
    private static final String LOGGING = "be.sitegate.logging..";
    private static final String STORE = "be.sitegate.store..";
    private static final String CARD = "be.sitegate.card..";
    private static final String CENTRAL = "be.sitegate.central..";
    private static final String SYNC = "be.sitegate.sync..";
    private static final String KIOSK = "be.sitegate.kiosk..";
    private static final String EXPORT = "be.sitegate.export..";
    private static final String UI = "be.sitegate.ui..";
    private static final String SOUND = "be.sitegate.sound..";
    private static final String WATCHDOG = "be.sitegate.watchdog..";
    private static final String APP = "be.sitegate.app..";
    private static final String SIMULATOR = "be.sitegate.simulator..";
    private static final String VIRTUALCARD = "be.sitegate.virtualcard..";
    private static final String DEMO = "be.sitegate.demo..";
    private static final String DEMOUI = "be.sitegate.demoui..";
    private static final String OPS = "be.sitegate.ops..";
    private static final String CLI = "be.sitegate.cli..";
    private static final String OURS = "be.sitegate..";
    private static final String[] EVERY_LAYER = {DOMAIN, PKI, CONFIG, LOGGING, STORE, CARD, CENTRAL, SYNC, KIOSK, EXPORT,
        UI, SOUND, WATCHDOG, APP, SIMULATOR, VIRTUALCARD, DEMO, DEMOUI, OPS, CLI};

    // The innermost ring: value types and rules.

    @ArchTest
    static final ArchRule domain = layer(DOMAIN)
            .because("the domain holds value types and rules, with no I/O and no framework");

    // Tools that know nothing of ours, so that any part (the simulator and the csr command too) can use them.

    @ArchTest
    static final ArchRule pki = layer(PKI, "javax.security.auth.x500..", "org.bouncycastle..");

    @ArchTest
    static final ArchRule config = layer(CONFIG, "org.slf4j..");

    @ArchTest
    static final ArchRule logging = layer(LOGGING, "ch.qos.logback..", "org.slf4j..");

    /** The outcome tones and their player; the composition root puts them behind the kiosk's sound port. */
    @ArchTest
    static final ArchRule sound = layer(SOUND, "javax.sound.sampled..", "org.slf4j..");

    /** The heartbeat for systemd's watchdog; libc's datagram socket through JNA. The entry point wires it. */
    @ArchTest
    static final ArchRule watchdog = layer(WATCHDOG, "com.sun.jna..", "org.slf4j..");

    // The adapters to the outside world: each knows the domain and its own library, never another adapter.

    @ArchTest
    static final ArchRule store = layer(STORE, DOMAIN, "org.sqlite..", "org.slf4j..");

    @ArchTest
    static final ArchRule card = layer(CARD, DOMAIN, PKI, "javax.smartcardio..", "javax.security.auth.x500..",
            "org.slf4j..");

    @ArchTest
    static final ArchRule central = layer(CENTRAL, DOMAIN, PKI, "javax.net.ssl..", "okhttp3..",
            "com.fasterxml.jackson..", "com.nimbusds..", "org.slf4j..");

    /** The one place where the store and the central client meet (besides the composition root). */
    @ArchTest
    static final ArchRule sync = layer(SYNC, STORE, CENTRAL, DOMAIN, "org.slf4j..");

    // The application: services and the ports they talk through.

    @ArchTest
    static final ArchRule kiosk = layer(KIOSK, DOMAIN, "org.slf4j..")
            .because("the application layer talks to the store, the card and the central service through ports");

    /**
     * Documents for an inspector and the site (CSV, PDF report, poster) from plain domain data: it
     * needs no store and no screen, so the kiosk can feed it from anywhere.
     */
    @ArchTest
    static final ArchRule export = layer(EXPORT, DOMAIN, "org.apache.pdfbox..", "com.google.zxing..")
            .because("the exports turn plain domain data into files with PDFBox and ZXing, and know nothing else of ours");

    /**
     * The screens, all of {@code be.sitegate.ui} and its subpackages as one layer: they see the rest
     * only through the kiosk's services and ports, never the composition root, the demo, the
     * configuration or the PKI.
     */
    @ArchTest
    static final ArchRule ui = layer(UI, KIOSK, DOMAIN, "javafx..", "org.slf4j..")
            .because("the screen is the outermost layer and reaches the rest only through the kiosk's ports");

    /** The composition root: the only production code that sees every adapter (and feeds the exports). */
    @ArchTest
    static final ArchRule app = layer(APP, KIOSK, STORE, SYNC, CENTRAL, CARD, SOUND, EXPORT, CONFIG, PKI, DOMAIN,
            "javax.net.ssl..", "javax.crypto..", "org.slf4j..");

    // Independent systems for tests and demos: the central service's simulation and a virtual eID card.

    @ArchTest
    static final ArchRule simulator = layer(SIMULATOR, DOMAIN, PKI, "com.sun.net.httpserver..", "javax.net.ssl..",
            "javax.crypto..", "javax.naming.ldap..", "javax.security.auth.x500..", "com.fasterxml.jackson..",
            "com.nimbusds..", "org.bouncycastle..", "org.slf4j..")
            .because("the simulator plays the central service; it shares only domain rules and PKI helpers");

    /** It plays the card the {@code card} package reads, so it shares that package's file format and terminals. */
    @ArchTest
    static final ArchRule virtualcard = layer(VIRTUALCARD, CARD, PKI, "javax.smartcardio..", "javax.imageio..",
            "jdk.net..", "org.slf4j..");

    // The demo's composition and the entry points.

    @ArchTest
    static final ArchRule demo = layer(DEMO, APP, SIMULATOR, VIRTUALCARD, CONFIG, PKI, KIOSK, CENTRAL, CARD, DOMAIN)
            .because("the demo wires the simulator and the virtual card into an ordinary kiosk, in plain Java");

    @ArchTest
    static final ArchRule demoui = layer(DEMOUI, UI, DEMO, "javafx..")
            .because("the demo's virtual reader window: JavaFX, the ui's shared texts and styles, the demo's port");

    /**
     * The operator's tools beside the kiosk (doctor, log bundle): they look at what a production kiosk is
     * made of, built the way the composition root builds it, so they may see it and its adapters.
     */
    @ArchTest
    static final ArchRule ops = layer(OPS, APP, KIOSK, STORE, CENTRAL, CARD, CONFIG, PKI, LOGGING, DOMAIN,
            "javax.smartcardio..", "javax.net.ssl..", "javax.security.auth.x500..", "org.slf4j..")
            .because("the doctor checks the parts of a production kiosk, never the simulated ones");

    @ArchTest
    static final ArchRule cli = layer(CLI, OURS, "picocli..", "javafx..", "javax.net.ssl..",
            "javax.security.auth.x500..", "com.fasterxml.jackson..")
            .because("the sitegate command is the entry point of every part");

    // Across packages.

    @ArchTest
    static final ArchRule everyPackageHasItsAllowList = classes().that().resideInAPackage(OURS)
            .should().resideInAnyPackage(EVERY_LAYER)
            .because("a new package needs its own allow-list here, and its place in the README's drawing");

    @ArchTest
    static final ArchRule noCycles = slices().matching("be.sitegate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheEntryPointsKnowTheDemo = noClasses()
            .that().resideOutsideOfPackages(CLI, DEMO, DEMOUI)
            .should().dependOnClassesThat().resideInAPackage(DEMO)
            .because("a production kiosk is assembled by app alone; the demo is chosen at the entry point");

    @ArchTest
    static final ArchRule onlyTheEntryPointsKnowTheDemoWindow = noClasses()
            .that().resideOutsideOfPackages(CLI, DEMOUI)
            .should().dependOnClassesThat().resideInAPackage(DEMOUI)
            .because("the virtual reader window is opened by the entry point, beside the kiosk's screens");

    @ArchTest
    static final ArchRule theSimulationsStayOutOfTheKiosk = noClasses()
            .that().resideOutsideOfPackages(CLI, SIMULATOR, VIRTUALCARD, DEMO)
            .should().dependOnClassesThat().resideInAnyPackage(SIMULATOR, VIRTUALCARD)
            .because("a production kiosk must not be able to reach simulated parts except through the demo wiring");

    /** Classes in {@code layer} may depend on their own package, the Java platform and {@code mayUse}, nothing else. */
    private static ArchRule layer(String layer, String... mayUse) {
        return classes().that().resideInAPackage(layer)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed(layer, mayUse));
    }

    private static String[] allowed(String layer, String... mayUse) {
        return Stream.concat(Stream.of(layer, "java.."), Stream.of(mayUse)).toArray(String[]::new);
    }
}
