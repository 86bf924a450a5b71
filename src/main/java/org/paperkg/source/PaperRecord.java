package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper as read from one source, in plain Java: nothing here knows RDF. Optional fields are null
 * when the source does not give them; lists are never null. {@code source} names the reader
 * ("card", "pubtator", "bioc", "pubmed", "jats"): a paper read from several sources keeps each source's
 * contribution apart. A {@link #deletion} record carries no paper: it withdraws the source's record
 * of the paper its identifier names.
 */
public record PaperRecord(
        SourceRef origin,
        String source,
        String title,
        List<Author> authors,
        String collection,
        String doi,
        String pmid,
        String pmcid,
        PubDate issued,
        Journal journal,
        String tldr,
        String contribution,
        List<String> keyFindings,
        String abstractText,
        String figures,
        List<Mention> mentions,
        List<Relation> relations,
        List<MeshHeading> meshHeadings,
        List<SourceText> texts,
        List<TextSection> otherSections,
        String sourceUrl,
        List<String> extraMetadata,
        // what the paper is and how it links to other papers (PubMed): kind and status, references, corrections
        Publication publication,
        References references,
        List<Correction> corrections,
        // which edition of the source's record this is, and whether it withdraws the record
        RecordVersion version,
        boolean deletion) {

    public PaperRecord {
        authors = List.copyOf(authors);
        keyFindings = List.copyOf(keyFindings);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        meshHeadings = List.copyOf(meshHeadings);
        texts = List.copyOf(texts);
        otherSections = List.copyOf(otherSections);
        extraMetadata = List.copyOf(extraMetadata);
        if (publication == null) publication = Publication.JOURNAL_ARTICLE;
        if (references == null) references = References.NONE;
        corrections = List.copyOf(corrections);
        if (version == null) version = RecordVersion.NONE;
    }

    /**
     * A source's withdrawal of its record of a paper (a PubMed {@code DeleteCitation} entry): no
     * paper, only the source and the identifier of the record to remove.
     */
    public static PaperRecord deletion(SourceRef origin, String source, String pmid) {
        return builder(origin, source).pmid(pmid).deletion().build();
    }

    public boolean hasIdentifier() {
        return pmcid != null || pmid != null || doi != null;
    }

    /** Paper-level (classifying) entities: the card's "Linked entities". */
    public List<Mention> linkedEntities() {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.LINKED).toList();
    }

    /** Entities found in the text. */
    public List<Mention> fullTextEntities() {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.TEXT).toList();
    }

    public static Builder builder(SourceRef origin) {
        return new Builder(origin, "card");
    }

    public static Builder builder(SourceRef origin, String source) {
        return new Builder(origin, source);
    }

    /** Collects the parts of a paper in the order a reader finds them. */
    public static final class Builder {
        private final SourceRef origin;
        private final String source;
        private String title;
        private final List<Author> authors = new ArrayList<>();
        private String collection;
        private String doi;
        private String pmid;
        private String pmcid;
        private PubDate issued;
        private Journal journal;
        private String tldr;
        private String contribution;
        private final List<String> keyFindings = new ArrayList<>();
        private String abstractText;
        private String figures;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<MeshHeading> meshHeadings = new ArrayList<>();
        private final List<SourceText> texts = new ArrayList<>();
        private final List<TextSection> other = new ArrayList<>();
        private String sourceUrl;
        private final List<String> extra = new ArrayList<>();
        private Publication publication = Publication.JOURNAL_ARTICLE;
        private References references = References.NONE;
        private final List<Correction> corrections = new ArrayList<>();
        private RecordVersion version = RecordVersion.NONE;
        private boolean deletion;

        private Builder(SourceRef origin, String source) {
            this.origin = origin;
            this.source = source;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder author(String name) { authors.add(Author.named(name)); return this; }
        public Builder author(Author a) { authors.add(a); return this; }
        public Builder collection(String v) { collection = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder pmid(String v) { pmid = v; return this; }
        public Builder pmcid(String v) { pmcid = v; return this; }
        public Builder issued(PubDate v) { issued = v; return this; }
        public Builder journal(Journal v) { journal = v; return this; }
        public Builder tldr(String v) { tldr = join(tldr, v); return this; }
        public Builder contribution(String v) { contribution = join(contribution, v); return this; }
        public Builder keyFinding(String v) { keyFindings.add(v); return this; }
        public Builder abstractText(String v) { abstractText = join(abstractText, v); return this; }
        public Builder figures(String v) { figures = join(figures, v); return this; }
        public Builder linkedEntity(Mention m) { mentions.add(m.in(Mention.Kind.LINKED, "linked-entities")); return this; }
        public Builder fullTextEntity(Mention m) { mentions.add(m.in(Mention.Kind.TEXT, "full-text")); return this; }
        public Builder mention(Mention m) { mentions.add(m); return this; }
        public Builder relation(Relation r) { relations.add(r); return this; }
        public Builder meshHeading(MeshHeading h) { meshHeadings.add(h); return this; }
        public Builder text(SourceText t) { texts.add(t); return this; }
        public Builder otherSection(TextSection s) { other.add(s); return this; }
        public Builder sourceUrl(String v) { sourceUrl = v; return this; }
        public Builder extraMetadata(String v) { extra.add(v); return this; }
        public Builder publication(Publication v) { publication = v; return this; }
        public Builder references(References v) { references = v; return this; }
        public Builder correction(Correction c) { corrections.add(c); return this; }
        public Builder version(RecordVersion v) { version = v; return this; }
        private Builder deletion() { deletion = true; return this; }

        public String title() { return title; }
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
            return new PaperRecord(origin, source, title, authors, collection, doi, pmid, pmcid, issued, journal, tldr,
                    contribution, keyFindings, abstractText, figures, mentions, relations, meshHeadings, texts, other,
                    sourceUrl, extra, publication, references, corrections, version, deletion);
        }
    }
}
