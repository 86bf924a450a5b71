package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.paperkg.ontology.DiseaseTypes;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.CardReader;
import org.paperkg.source.Mention;

/** Disease concept ids in paper cards: the resolved ids of the Diseases entities, linked and full-text. */
public final class CardIds {

    private final CardReader reader;

    public CardIds(PrefixTable table) {
        this.reader = new CardReader(table);
    }

    public void read(Path file, Consumer<String> curies, ProblemSink problems) throws IOException {
        reader.read(file, file.toString(), record -> {
            for (Mention m : record.linkedEntities()) take(m, curies);
            for (Mention m : record.fullTextEntities()) take(m, curies);
        }, problems);
    }

    private static void take(Mention m, Consumer<String> curies) {
        if (DiseaseTypes.isDisease(m.entityType()) && m.concept() instanceof ConceptRef.Resolved r) curies.accept(r.curie());
    }
}
