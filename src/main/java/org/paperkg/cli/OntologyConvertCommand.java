package org.paperkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "convert-ontology", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Turn MONDO TSV reports and MeSH/OMIM tables into RDF; cut the ontology slice.",
                "The slice in ontologies/ is built with these subcommands by scripts/build-ontology-slice."},
        subcommands = {ConvertMondoCommand.class, ConvertMeshCommand.class, CorpusIdsCommand.class, SssomSliceCommand.class})
public final class OntologyConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }
}
