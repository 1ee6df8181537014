package be.sitegate.central;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client depends inward only (domain, pki) and the forwarding only on client, store and domain. */
@AnalyzeClasses(packages = {"be.sitegate.central", "be.sitegate.sync"}, importOptions = ImportOption.DoNotIncludeTests.class)
class CentralDependenciesTest {

    @ArchTest
    static final ArchRule centralUsesOnlyDomainPkiAndItsLibraries = classes()
            .that().resideInAPackage("be.sitegate.central..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("be.sitegate.central..", "be.sitegate.domain..",
                    "be.sitegate.pki..", "java..", "javax.net.ssl..", "okhttp3..", "kotlin..",
                    "com.fasterxml.jackson..", "com.nimbusds..", "org.slf4j..");

    @ArchTest
    static final ArchRule syncUsesOnlyCentralStoreAndDomain = classes()
            .that().resideInAPackage("be.sitegate.sync..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("be.sitegate.sync..", "be.sitegate.central..",
                    "be.sitegate.store..", "be.sitegate.domain..", "java..", "org.slf4j..");
}
