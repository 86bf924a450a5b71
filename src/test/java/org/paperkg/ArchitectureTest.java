package org.paperkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;


/**
 * The package rules of the storage layer (issue 17): the engines' classes and TDB2's internals
 * are reached only from inside store/, and everything else, the ingest coordinator
 * (org.paperkg.ingest) included, asks through the store package itself (KgStore, StoreEngine,
 * BulkWork, MemoryIndexBuilder); store/ knows nothing of what is made of it.
 */
@AnalyzeClasses(packages = "org.paperkg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE_INTERNALS = {
            "org.paperkg.store.tdb..", "org.paperkg.store.mem..",
            "org.apache.jena.tdb2.store..", "org.apache.jena.tdb2.sys..", "org.apache.jena.tdb2.loader..",
            "org.apache.jena.tdb2.solver..", "org.apache.jena.tdb2.lib..", "org.apache.jena.dboe.."};

    @ArchTest
    static final ArchRule onlyStoreReachesTheEngines = noClasses().that().resideOutsideOfPackage("org.paperkg.store..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INTERNALS)
            .because("an engine is asked through org.paperkg.store (KgStore.engineOf, StoreEngine), so it can change alone");

    @ArchTest
    static final ArchRule statisticsAskTheStore = noClasses().that().resideInAPackage("org.paperkg.stats..")
            .should().dependOnClassesThat().resideInAnyPackage("org.paperkg.store.tdb..", "org.paperkg.store.mem..")
            .because("graph sizes and pair scans come from StoreEngine, whatever the engine");

    @ArchTest
    static final ArchRule theEnginesStandApart = noClasses().that().resideInAPackage("org.paperkg.store.mem..")
            .should().dependOnClassesThat().resideInAPackage("org.paperkg.store.tdb..")
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.jena.tdb2..")
            .because("the memory index is an engine of its own, not a way into TDB2");

    @ArchTest
    static final ArchRule tdbDoesNotReachTheMemoryIndex = noClasses().that().resideInAPackage("org.paperkg.store.tdb..")
            .should().dependOnClassesThat().resideInAPackage("org.paperkg.store.mem..");

    /** Storage sits below what is made of it: the coordinator decides what is written, the engines only store it. */
    @ArchTest
    static final ArchRule storeSitsBelowWhatIsMadeOfIt = noClasses().that().resideInAPackage("org.paperkg.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.paperkg.stats..", "org.paperkg.describe..", "org.paperkg.pipeline..",
                    "org.paperkg.ontology..", "org.paperkg.identity..", "org.paperkg.map..", "org.paperkg.serve..", "org.paperkg.cli..",
                    "org.paperkg.ingest..");

    /** Every write goes through the coordinator: nothing below the commands and the server knows it. */
    @ArchTest
    static final ArchRule onlyTheDoorsUseTheCoordinator = noClasses().that().resideOutsideOfPackages("org.paperkg.ingest..",
                    "org.paperkg.cli..", "org.paperkg.serve..")
            .should().dependOnClassesThat().resideInAPackage("org.paperkg.ingest..")
            .because("the coordinator sits above the pipeline, statistics, provenance and storage it puts together");

    @ArchTest
    static final ArchRule settingsDependOnNothingOfPaperkg = classes().that().resideInAPackage("org.paperkg.settings..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.paperkg.settings..", "java..")
            .because("every package asks the settings, so they ask none");
}
