package org.paperkg.figures;

import java.io.IOException;
import java.util.Map;

import org.paperkg.ontology.LinkingStats;
import org.paperkg.ontology.LinkingStats.Coverage;
import org.paperkg.ontology.LinkingStats.Subset;
import org.paperkg.ontology.LinkingStats.Via;
import org.paperkg.figures.CorpusStats.TopConcept;
import org.paperkg.figures.StatsQueries.UnresolvedId;
import org.paperkg.figures.StatsQueries.YearCount;

import com.google.gson.stream.JsonWriter;

/**
 * {@code stats --out json}: one object whose shape is documented in the README ("stats --out json")
 * and versioned by its {@code "format"} member; members are only ever added.
 */
public final class StatsJson {

    public static final String FORMAT = "paperkg-stats/1";

    private StatsJson() {}

    /** Writes the stats object (the writer decides indentation and HTML-safe escaping). */
    public static void write(CorpusStats s, JsonWriter w) throws IOException {
        w.beginObject();
        w.name("format").value(FORMAT);
        w.name("papers").value(s.papers());
        w.name("authors").value(s.authors());
        w.name("retractedPapers").value(s.links().retractedPapers());
        w.name("retractedStillCited").value(s.links().retractedStillCited());
        w.name("papersCitingRetracted").value(s.links().papersCitingRetracted());
        w.name("citations").value(s.links().citations());
        w.name("citingPapers").value(s.links().citingPapers());
        LinkingStats l = s.linking();
        w.name("mentions").value(l.mentions());
        counts(w, "mentionsByScheme", l.byScheme());
        counts(w, "mentionsByType", l.byType());

        w.name("topConcepts").beginArray();
        for (TopConcept c : s.topConcepts()) writeConcept(w, c);
        w.endArray();

        w.name("unresolvedIds").beginArray();
        for (UnresolvedId u : s.unresolvedIds()) {
            w.beginObject();
            w.name("id").value(u.rawId());
            w.name("reason").value(u.reason());
            w.name("mentions").value(u.mentions());
            w.name("papers").value(u.papers());
            w.endObject();
        }
        w.endArray();

        w.name("papersPerYear").beginArray();
        for (YearCount y : s.papersPerYear()) {
            w.beginObject();
            w.name("year");
            if (y.year() == null) w.nullValue();
            else w.value(y.year());
            w.name("papers").value(y.papers());
            w.endObject();
        }
        w.endArray();

        w.name("linkingCoverage").beginArray();
        for (String scheme : LinkingStats.LINKED_SCHEMES)
            for (Subset subset : Subset.values())
                for (Via via : Via.values()) {
                    Coverage c = l.coverage(scheme, subset, via);
                    w.beginObject();
                    w.name("scheme").value(scheme);
                    w.name("types").value(subset.key());
                    w.name("via").value(via.key());
                    w.name("mentions").value(c.mentions());
                    w.name("mentionsReaching").value(c.mentionsReaching());
                    w.name("ids").value(c.ids());
                    w.name("idsReaching").value(c.idsReaching());
                    w.name("concepts").value(c.concepts());
                    w.name("conceptsReaching").value(c.conceptsReaching());
                    w.endObject();
                }
        w.endArray();
        w.endObject();
    }

    /** One concept object: iri, curie, scheme, label (null when the ontologies have none), surfaceForm, entityType, mentions, papers. */
    public static void writeConcept(JsonWriter w, TopConcept c) throws IOException {
        w.beginObject();
        w.name("iri").value(c.iri());
        w.name("curie").value(c.curie());
        w.name("scheme").value(c.scheme());
        w.name("label").value(c.label());
        w.name("surfaceForm").value(c.surfaceForm());
        w.name("entityType").value(c.entityType());
        w.name("mentions").value(c.mentions());
        w.name("papers").value(c.papers());
        w.endObject();
    }

    private static void counts(JsonWriter w, String name, Map<String, Long> counts) throws IOException {
        w.name(name).beginObject();
        for (var e : counts.entrySet()) w.name(e.getKey()).value(e.getValue());
        w.endObject();
    }
}
