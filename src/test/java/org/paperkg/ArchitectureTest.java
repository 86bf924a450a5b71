package org.paperkg;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.paperkg.store.GraphRekeyer;
import org.paperkg.store.GraphReplacingLoader;
import org.paperkg.store.IngestRun;
import org.paperkg.store.MemoryIngest;
import org.paperkg.store.tdb.BulkIngest;

/**
 * The package rules of the storage layer (issue 17): the engines' classes and TDB2's internals
 * are reached only from inside store/, and everything else, the coming coordinator package
 * org.paperkg.ingest included, asks through the store package itself (KgStore, StoreEngine).
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

    /**
     * Storage sits below what is made of it. The classes that still coordinate a load (mapping,
     * statistics, provenance) are named: they move to org.paperkg.ingest, and then the list goes.
     */
    @ArchTest
    static final ArchRule storeSitsBelowWhatIsMadeOfIt = noClasses().that().resideInAPackage("org.paperkg.store..")
            .and(not(belongToAnyOf(IngestRun.class, MemoryIngest.class, GraphReplacingLoader.class, GraphRekeyer.class, BulkIngest.class)))
            .should().dependOnClassesThat().resideInAnyPackage("org.paperkg.stats..", "org.paperkg.describe..", "org.paperkg.pipeline..",
                    "org.paperkg.ontology..", "org.paperkg.identity..", "org.paperkg.map..", "org.paperkg.serve..", "org.paperkg.cli..");

    @ArchTest
    static final ArchRule settingsDependOnNothingOfPaperkg = classes().that().resideInAPackage("org.paperkg.settings..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.paperkg.settings..", "java..")
            .because("every package asks the settings, so they ask none");
}
