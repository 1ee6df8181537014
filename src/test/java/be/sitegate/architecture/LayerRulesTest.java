package be.sitegate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward to {@code domain}. These rules fail the build when a layer reaches the
 * wrong way, so the shape survives many hands.
 */
@AnalyzeClasses(packages = "be.sitegate", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = classes()
            .that().resideInAPackage("be.sitegate.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("be.sitegate.domain..", "java..")
            .because("the domain holds value types and rules, with no I/O and no framework");

    @ArchTest
    static final ArchRule onlyTheEntryPointsUseTheUi = noClasses()
            .that().resideOutsideOfPackages("be.sitegate.ui..", "be.sitegate.demoui..", "be.sitegate.cli..")
            .should().dependOnClassesThat().resideInAPackage("be.sitegate.ui..")
            .because("the screen is the outermost layer");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("be.sitegate.ui..", "be.sitegate.demoui..", "be.sitegate.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("services and view-model logic must be testable without a screen");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("be.sitegate.store..", "be.sitegate.central..", "be.sitegate.card..",
                    "be.sitegate.config..", "be.sitegate.pki..", "be.sitegate.logging..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.sync..", "be.sitegate.kiosk..",
                    "be.sitegate.ui..", "be.sitegate.cli..", "be.sitegate.simulator..", "be.sitegate.virtualcard..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theKioskServicesKnowOnlyTheDomain = classes()
            .that().resideInAPackage("be.sitegate.kiosk..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("be.sitegate.kiosk..", "be.sitegate.domain..",
                    "java..", "org.slf4j..")
            .allowEmptyShould(true)
            .because("the application layer talks to the store, the card and the central service through ports");

    @ArchTest
    static final ArchRule onlyTheEntryPointsAssembleTheKiosk = noClasses()
            .that().resideOutsideOfPackages("be.sitegate.app..", "be.sitegate.demo..", "be.sitegate.cli..",
                    "be.sitegate.ui..")
            .should().dependOnClassesThat().resideInAPackage("be.sitegate.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theStoreKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage("be.sitegate.store..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.central..", "be.sitegate.card..")
            .because("the store, the card reader and the central client meet only in sync and kiosk");

    @ArchTest
    static final ArchRule theCardReaderKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage("be.sitegate.card..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.central..", "be.sitegate.store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theCentralClientKnowsNoOtherAdapter = noClasses()
            .that().resideInAPackage("be.sitegate.central..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.store..", "be.sitegate.card..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theSimulationsStayOutOfTheKiosk = noClasses()
            .that().resideOutsideOfPackages("be.sitegate.cli..", "be.sitegate.simulator..",
                    "be.sitegate.virtualcard..", "be.sitegate.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.simulator..", "be.sitegate.virtualcard..")
            .allowEmptyShould(true)
            .because("a production kiosk must not be able to reach simulated parts except through the demo wiring");

    @ArchTest
    static final ArchRule theSimulatorIsAnIndependentSystem = noClasses()
            .that().resideInAPackage("be.sitegate.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.store..", "be.sitegate.central..",
                    "be.sitegate.sync..", "be.sitegate.kiosk..", "be.sitegate.card..")
            .allowEmptyShould(true)
            .because("the simulator plays the central service; it shares only domain rules and PKI helpers");
}
