package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.ingest.IngestTarget;
import org.paperkg.reading.RunSummary;
import org.paperkg.validate.PerPaperValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Map paper cards and check every paper graph against the SHACL shapes (ontologies/paperkg-shapes.ttl). Exit 1 when any does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Card files or directories (read recursively).")
    List<Path> inputs;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        PerPaperValidator validator = new PerPaperValidator(System.out);
        validator.start();
        RunSummary summary = mapping.ingest(mapping.problemLog()).inputs(inputs).target(IngestTarget.stream(validator)).build().run();
        validator.finish();
        summary.print(System.err);
        if (validator.conforms()) {
            System.out.printf("conforms: %d paper graph(s) checked against the shapes, no violations%n", validator.papers());
            return ExitCodes.OK;
        }
        System.out.printf("does not conform: %d violation(s) in %d of %d paper graph(s)%n",
                validator.violations(), validator.failingPapers(), validator.papers());
        return ExitCodes.FAILED;
    }
}
