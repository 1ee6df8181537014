package be.sitegate.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The ui is laid out by screen: a folder per screen, a shared folder for what all of them use, and
 * the root package wiring them into the window. The demo's virtual reader stays outside it.
 */
@AnalyzeClasses(packages = "be.sitegate", importOptions = ImportOption.DoNotIncludeTests.class)
class UiLayoutTest {

    @ArchTest
    static final ArchRule screensDoNotKnowEachOther = slices().matching("be.sitegate.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("be.sitegate.ui.shared.."))
            .because("a screen is its view, its view model and its FXML; the root wires the screens together");

    @ArchTest
    static final ArchRule screensAndSharedDoNotKnowTheRoot = noClasses()
            .that().resideInAPackage("be.sitegate.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("be.sitegate.ui")
            .because("the root package (window, flow, launcher) depends on the screens, not the other way");

    @ArchTest
    static final ArchRule theProductionKioskKnowsNoDemo = noClasses()
            .that().resideInAnyPackage("be.sitegate.ui..", "be.sitegate.kiosk..", "be.sitegate.app..")
            .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.demo..", "be.sitegate.demoui..")
            .because("the demo's virtual reader reaches the kiosk only through AuxiliaryWindow, wired by the cli");
}
