package org.paperkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.Arrays;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;


/**
 * The package rules: the layer order of all packages (issue 18), written once in {@link #LAYERS},
 * and the rules of the storage layer (issue 17): the engines' classes and TDB2's internals are
 * reached only from inside store/, and everything else, the ingest coordinator (org.paperkg.ingest)
 * included, asks through the store package itself (KgStore, StoreEngine, BulkWork,
 * MemoryIndexBuilder); store/ knows nothing of what is made of it.
 */
@AnalyzeClasses(packages = "org.paperkg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The layers, top first: a package may use the packages of its own layer and of the layers below
     * it, never one above. Every package of org.paperkg is in exactly one layer, so a new package has
     * to be placed here. Within the parts, the packages use each other where it is their job (the
     * identity planner names papers as map does, the report draws the figures, the ontology tools
     * build on the runtime's disease types); the rules below the order keep the two splits apart.
     * <p>
     * The one place the order is not the pipeline's reading order: the run's provenance (describe)
     * sits above reading (the two readings of a run), because it records what a run did (its summary, the graphs
     * it started); reading itself knows nothing of provenance.
     */
    private static final String[][] LAYERS = {
            {"Doors", "cli", "serve"},
            {"Coordinator", "ingest"},
            {"Provenance", "describe"},
            {"Reading", "reading"},
            {"Parts", "identity", "map", "stats", "search", "ontology", "ontologytools", "export", "push", "validate", "query", "pages",
                    "figures", "report", "synth", "lookup"},
            {"Records", "source", "ids", "vocab", "problem"},
            {"Store", "store"},
            {"Base", "util", "settings"}};

    @ArchTest
    static final ArchRule noPackageImportsOneAboveIt = layerOrder();

    /** The layered architecture of {@link #LAYERS}: each layer is used only by the layers above it. */
    private static LayeredArchitecture layerOrder() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().ensureAllClassesAreContainedInArchitecture();
        for (String[] layer : LAYERS)
            layers = layers.layer(layer[0]).definedBy(Arrays.stream(layer).skip(1).map(p -> "org.paperkg." + p + "..").toArray(String[]::new));
        layers = layers.whereLayer(LAYERS[0][0]).mayNotBeAccessedByAnyLayer();
        for (int i = 1; i < LAYERS.length; i++)
            layers = layers.whereLayer(LAYERS[i][0]).mayOnlyBeAccessedByLayers(Arrays.stream(LAYERS, 0, i).map(l -> l[0]).toArray(String[]::new));
        return layers;
    }

    @ArchTest
    static final ArchRule theRuntimeOntologyHasNoTools = noClasses().that().resideInAPackage("org.paperkg.ontology..")
            .should().dependOnClassesThat().resideInAPackage("org.paperkg.ontologytools..")
            .because("loading ontologies at run time needs none of the slice builders and converters");

    @ArchTest
    static final ArchRule theStatisticsGraphKnowsNoFigures = noClasses().that().resideInAPackage("org.paperkg.stats..")
            .should().dependOnClassesThat().resideInAnyPackage("org.paperkg.figures..", "org.paperkg.report..")
            .because("the statistics graph is kept at ingest; the figures of stats and report are read from it");

    private static final String[] ENGINE_INTERNALS = {
            "org.paperkg.store.btree..", "org.paperkg.store.mem..",
            "org.apache.jena.tdb2.store..", "org.apache.jena.tdb2.sys..", "org.apache.jena.tdb2.loader..",
            "org.apache.jena.tdb2.solver..", "org.apache.jena.tdb2.lib..", "org.apache.jena.dboe.."};

    @ArchTest
    static final ArchRule onlyStoreReachesTheEngines = noClasses().that().resideOutsideOfPackage("org.paperkg.store..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INTERNALS)
            .because("an engine is asked through org.paperkg.store (KgStore.engineOf, StoreEngine), so it can change alone");

    @ArchTest
    static final ArchRule statisticsAskTheStore = noClasses().that().resideInAPackage("org.paperkg.stats..")
            .should().dependOnClassesThat().resideInAnyPackage("org.paperkg.store.btree..", "org.paperkg.store.mem..")
            .because("graph sizes and pair scans come from StoreEngine, whatever the engine");

    @ArchTest
    static final ArchRule theEnginesStandApart = noClasses().that().resideInAPackage("org.paperkg.store.mem..")
            .should().dependOnClassesThat().resideInAPackage("org.paperkg.store.btree..")
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.jena.tdb2..")
            .because("the memory index is an engine of its own, not a way into TDB2");

    @ArchTest
    static final ArchRule tdbDoesNotReachTheMemoryIndex = noClasses().that().resideInAPackage("org.paperkg.store.btree..")
            .should().dependOnClassesThat().resideInAPackage("org.paperkg.store.mem..");

    /** Storage sits below what is made of it: the coordinator decides what is written, the engines only store it. */
    @ArchTest
    static final ArchRule storeSitsBelowWhatIsMadeOfIt = noClasses().that().resideInAPackage("org.paperkg.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.paperkg.stats..", "org.paperkg.describe..", "org.paperkg.reading..",
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
