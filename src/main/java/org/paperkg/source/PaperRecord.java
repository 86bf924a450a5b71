package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper as read from a source, in plain Java: nothing here knows RDF. Optional fields are null
 * when the source does not give them; lists are never null.
 */
public record PaperRecord(
        SourceRef origin,
        String title,
        List<String> authors,
        String collection,
        String doi,
        String pmid,
        String pmcid,
        PubDate issued,
        String tldr,
        String contribution,
        List<String> keyFindings,
        String abstractText,
        String figures,
        List<Mention> linkedEntities,
        List<Mention> fullTextEntities,
        List<TextSection> otherSections,
        String sourceUrl,
        List<String> extraMetadata) {

    public PaperRecord {
        authors = List.copyOf(authors);
        keyFindings = List.copyOf(keyFindings);
        linkedEntities = List.copyOf(linkedEntities);
        fullTextEntities = List.copyOf(fullTextEntities);
        otherSections = List.copyOf(otherSections);
        extraMetadata = List.copyOf(extraMetadata);
    }

    public boolean hasIdentifier() {
        return pmcid != null || pmid != null || doi != null;
    }

    public static Builder builder(SourceRef origin) {
        return new Builder(origin);
    }

    /** Collects the parts of a paper in the order a reader finds them. */
    public static final class Builder {
        private final SourceRef origin;
        private String title;
        private final List<String> authors = new ArrayList<>();
        private String collection;
        private String doi;
        private String pmid;
        private String pmcid;
        private PubDate issued;
        private String tldr;
        private String contribution;
        private final List<String> keyFindings = new ArrayList<>();
        private String abstractText;
        private String figures;
        private final List<Mention> linked = new ArrayList<>();
        private final List<Mention> fullText = new ArrayList<>();
        private final List<TextSection> other = new ArrayList<>();
        private String sourceUrl;
        private final List<String> extra = new ArrayList<>();

        private Builder(SourceRef origin) { this.origin = origin; }

        public Builder title(String v) { title = v; return this; }
        public Builder author(String v) { authors.add(v); return this; }
        public Builder collection(String v) { collection = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder pmid(String v) { pmid = v; return this; }
        public Builder pmcid(String v) { pmcid = v; return this; }
        public Builder issued(PubDate v) { issued = v; return this; }
        public Builder tldr(String v) { tldr = join(tldr, v); return this; }
        public Builder contribution(String v) { contribution = join(contribution, v); return this; }
        public Builder keyFinding(String v) { keyFindings.add(v); return this; }
        public Builder abstractText(String v) { abstractText = join(abstractText, v); return this; }
        public Builder figures(String v) { figures = join(figures, v); return this; }
        public Builder linkedEntity(Mention m) { linked.add(m); return this; }
        public Builder fullTextEntity(Mention m) { fullText.add(m); return this; }
        public Builder otherSection(TextSection s) { other.add(s); return this; }
        public Builder sourceUrl(String v) { sourceUrl = v; return this; }
        public Builder extraMetadata(String v) { extra.add(v); return this; }

        public String collection() { return collection; }
        public String doi() { return doi; }
        public String pmid() { return pmid; }
        public String pmcid() { return pmcid; }
        public PubDate issued() { return issued; }
        public String sourceUrl() { return sourceUrl; }

        private static String join(String a, String b) {
            if (b == null || b.isBlank()) return a;
            return a == null ? b : a + "\n\n" + b;
        }

        public PaperRecord build() {
            return new PaperRecord(origin, title, authors, collection, doi, pmid, pmcid, issued, tldr,
                    contribution, keyFindings, abstractText, figures, linked, fullText, other, sourceUrl, extra);
        }
    }
}
