package be.sitegate.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The application layer stays plain Java: testable without a screen, usable by any adapter. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.sitegate.kiosk", "be.sitegate.domain", "be.sitegate.ui");

    @Test
    void kioskDependsOnNeitherTheUiNorJavaFx() {
        noClasses().that().resideInAPackage("be.sitegate.kiosk..")
                .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("be.sitegate.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.ui..", "be.sitegate.kiosk..", "javafx..")
                .check(classes);
    }

    @Test
    void theUiReachesTheOtherPartsOnlyThroughThePorts() {
        noClasses().that().resideInAPackage("be.sitegate.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("be.sitegate.card..", "be.sitegate.virtualcard..",
                        "be.sitegate.central..", "be.sitegate.sync..", "be.sitegate.store..")
                .check(classes);
    }
}
