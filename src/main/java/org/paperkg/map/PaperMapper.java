package org.paperkg.map;

import static org.paperkg.vocab.Terms.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.IriFactory;
import org.paperkg.source.Author;
import org.paperkg.source.Journal;
import org.paperkg.source.Mention;
import org.paperkg.source.MeshHeading;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordVersion;
import org.paperkg.source.PubDate;
import org.paperkg.source.Relation;
import org.paperkg.source.SourceText;
import org.paperkg.source.TextChars;
import org.paperkg.source.TextSection;

/**
 * Maps one paper record to quads in the named graph of (paper, source). Pure and deterministic: no
 * blank nodes, every IRI minted from the record, so the same record always gives the same quads.
 * Parts of the paper that each source gives its own version of (author roles, findings, sections)
 * carry the source in their fragment, except for paper cards, the format of record.
 */
public final class PaperMapper {

    public static final String CARD_SOURCE = "card";

    private final PaperIris iris;

    public PaperMapper(PaperIris iris) {
        this.iris = iris;
    }

    public PaperIris iris() {
        return iris;
    }

    /** Maps a record to the paper IRI its own identifiers give (no matching with other papers). */
    public void map(PaperRecord r, StreamRDF out) {
        map(r, iris.paper(r), out);
    }

    public void map(PaperRecord r, String paperIri, StreamRDF out) {
        map(r, paperIri, AuthorList.OWN, out);
    }

    /** Maps a record under its paper's IRI, writing the author list the identity plan gave it. */
    public void map(PaperRecord r, String paperIri, AuthorList authorList, StreamRDF out) {
        new Emitter(r, paperIri, authorList, out).emit();
    }

    private final class Emitter implements PaperStatements {
        private final PaperRecord r;
        private final AuthorList authorList;
        private final StreamRDF out;
        private final String paperIri;
        private final Node paper;
        private final Node graph;
        private final String partPrefix;
        /** {@code <paper>#}: parts are this plus an encoded fragment. */
        private final String partIriPrefix;
        private final Set<String> mentionKeys = new HashSet<>();
        private final Set<String> sectionsWritten = new HashSet<>();
        /** Quads written for this paper: a shortcut edge (two surface forms of one concept) or an
         *  author listed twice would otherwise be written again, and the run's triple count would
         *  exceed what a store holds. Bounded by the size of one paper; sized for a typical one
         *  (about 200 quads), since growing it step by step was 2% of an export's time. */
        private final Set<Quad> written = new HashSet<>(512);

        Emitter(PaperRecord r, String paperIri, AuthorList authorList, StreamRDF out) {
            this.r = r;
            this.authorList = authorList;
            this.out = out;
            this.paperIri = paperIri;
            this.paper = IriFactory.iri(paperIri);
            this.graph = IriFactory.iri(iris.graph(r.source(), paperIri));
            this.partPrefix = CARD_SOURCE.equals(r.source()) ? "" : r.source() + "-";
            this.partIriPrefix = paperIri + "#";
        }

        void emit() {
            add(graph, RDF_TYPE, PKG_SOURCE_GRAPH);
            text(graph, PKG_SOURCE_FORMAT, r.source());
            add(graph, FOAF_PRIMARY_TOPIC, paper);
            version();
            bibliographic();
            authors();
            sections();
            for (SourceText t : r.texts()) text(section(t.section(), t.label()), RDF_VALUE, t.text());
            for (Mention m : r.mentions()) mention(m);
            relations();
            meshHeadings();
            PaperLinks.write(r, paper, iris, this);
        }

        /**
         * Which edition of the source's record the graph holds, so a later run can tell an older
         * record from a newer one: PubMed's version when NLM published more than one, the date of
         * an annotation set.
         */
        private void version() {
            RecordVersion v = r.version();
            if (v.number() > 1) add(graph, PKG_RECORD_VERSION, integer(v.number()));
            if (v.date() != null) add(graph, PKG_ANNOTATION_DATE, NodeFactory.createLiteralDT(v.date(),
                    v.date().length() == 4 ? XSDDatatype.XSDgYear : v.date().length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate));
        }

        private void bibliographic() {
            PublicationKinds.write(r.publication(), paper, iris, this);
            text(paper, DCT_TITLE, r.title());
            text(paper, DCT_ABSTRACT, r.abstractText());
            if (r.issued() != null) add(paper, DCT_ISSUED, date(r.issued()));
            if (r.doi() != null) {
                text(paper, BIBO_DOI, r.doi());
                add(paper, SCHEMA_SAME_AS, IriFactory.iri("https://doi.org/" + IriFactory.path(r.doi())));
            }
            text(paper, FABIO_PMID, r.pmid());
            text(paper, FABIO_PMCID, r.pmcid());
            if (r.sourceUrl() != null) add(paper, PROV_WAS_DERIVED_FROM, IriFactory.iri(r.sourceUrl()));
            text(paper, PKG_SOURCE_COLLECTION, r.collection());
            text(paper, PKG_TLDR, r.tldr());
            text(paper, PKG_CONTRIBUTION, r.contribution());
            text(paper, PKG_FIGURES, r.figures());
            for (String extra : r.extraMetadata()) text(paper, PKG_EXTRA_METADATA, extra);
            journal(r.journal());
        }

        private void journal(Journal j) {
            if (j == null || (j.title() == null && j.issns().isEmpty())) return;
            Node journal = IriFactory.iri(iris.journal(j));
            add(paper, DCT_IS_PART_OF, journal);
            add(journal, RDF_TYPE, FABIO_JOURNAL);
            text(journal, DCT_TITLE, j.title());
            text(journal, BIBO_SHORT_TITLE, j.isoAbbreviation());
            for (String issn : j.issns()) text(journal, BIBO_ISSN, issn);
        }

        private void authors() {
            if (!authorList.written()) return;
            List<Author> authors = r.authors();
            Node previous = null;
            for (int i = 0; i < authors.size(); i++) {
                Author a = authors.get(i);
                Node role = part("author-" + (i + 1));
                Node person = IriFactory.iri(authorList.person(i, iris.agent(a)));
                add(paper, DCT_CREATOR, person);
                add(paper, PRO_IS_DOCUMENT_CONTEXT_FOR, role);
                add(role, RDF_TYPE, PRO_ROLE_IN_TIME);
                add(role, PRO_WITH_ROLE, PRO_AUTHOR);
                add(role, PRO_IS_HELD_BY, person);
                add(role, SCHEMA_POSITION, integer(i + 1));
                for (String affiliation : a.affiliations()) text(role, PKG_AFFILIATION, affiliation);
                if (previous != null) add(previous, OCO_HAS_NEXT, role);
                add(person, RDF_TYPE, a.collective() ? FOAF_ORGANIZATION : FOAF_PERSON);
                text(person, FOAF_NAME, a.name());
                text(person, FOAF_GIVEN_NAME, a.givenName());
                text(person, FOAF_FAMILY_NAME, a.familyName());
                previous = role;
            }
        }

        private void sections() {
            List<String> findings = r.keyFindings();
            for (int i = 0; i < findings.size(); i++) {
                Node finding = part("finding-" + (i + 1));
                add(paper, PKG_KEY_FINDING, finding);
                add(finding, RDF_TYPE, PKG_KEY_FINDING_CLASS);
                add(finding, DCT_IS_PART_OF, paper);
                add(finding, SCHEMA_POSITION, integer(i + 1));
                text(finding, RDF_VALUE, findings.get(i));
            }
            List<TextSection> other = r.otherSections();
            for (int i = 0; i < other.size(); i++) {
                Node section = section("section-" + (i + 1), other.get(i).heading().isEmpty() ? null : other.get(i).heading());
                add(section, SCHEMA_POSITION, integer(i + 1));
                text(section, RDF_VALUE, other.get(i).text());
            }
        }

        private void mention(Mention m) {
            String concepts = m.concepts().stream().map(PaperMapper::key).reduce((a, b) -> a + "|" + b).orElse("");
            String position = m.hasOffsets() ? "\u0000" + m.start() + "\u0000" + m.end() : "";
            if (!mentionKeys.add(m.section() + '\u0000' + concepts + '\u0000' + m.text() + position)) return;
            boolean linked = m.kind() == Mention.Kind.LINKED;
            Node section = section(m.section(), sectionLabel(m.section()));
            String id = "mention-" + m.section() + "-" + PaperIris.hash(concepts + '\u0000' + m.text() + position);
            Node annotation = part(id);
            Node target = part(id + "-target");
            add(annotation, RDF_TYPE, OA_ANNOTATION);
            add(annotation, OA_MOTIVATED_BY, linked ? OA_CLASSIFYING : OA_IDENTIFYING);
            add(annotation, OA_HAS_TARGET, target);
            text(annotation, PKG_ENTITY_TYPE, EntityTypes.singular(m.entityType()));
            String raw = m.concepts().stream().map(ConceptRef::raw).filter(s -> !s.isEmpty()).reduce((a, b) -> a + "|" + b).orElse("");
            text(annotation, PKG_SOURCE_ID, raw);
            for (ConceptRef ref : m.concepts()) {
                if (ref instanceof ConceptRef.Resolved res) {
                    Node body = IriFactory.iri(res.iri());
                    add(annotation, OA_HAS_BODY, body);
                    text(annotation, PKG_SCHEME, res.scheme());
                    add(paper, linked ? SCHEMA_ABOUT : SCHEMA_MENTIONS, body);
                } else if (ref instanceof ConceptRef.Unresolved u) {
                    text(annotation, PKG_UNRESOLVED_REASON, u.code());
                }
            }
            add(target, RDF_TYPE, OA_SPECIFIC_RESOURCE);
            add(target, OA_HAS_SOURCE, section);
            if (!m.text().isEmpty()) {
                Node quote = part(id + "-quote");
                add(target, OA_HAS_SELECTOR, quote);
                add(quote, RDF_TYPE, OA_TEXT_QUOTE_SELECTOR);
                text(quote, OA_EXACT, m.text());
            }
            if (m.hasOffsets()) {
                Node pos = part(id + "-position");
                add(target, OA_HAS_SELECTOR, pos);
                add(pos, RDF_TYPE, OA_TEXT_POSITION_SELECTOR);
                add(pos, OA_START, nonNegative(m.start()));
                add(pos, OA_END, nonNegative(m.end()));
            }
        }

        private void relations() {
            for (Relation rel : r.relations()) {
                String key = rel.type() + '\u0000' + keys(rel.subject()) + '\u0000' + keys(rel.object());
                Node node = part("relation-" + PaperIris.hash(key));
                add(paper, PKG_RELATION, node);
                add(node, RDF_TYPE, PKG_RELATION_CLASS);
                text(node, PKG_RELATION_TYPE, rel.type());
                for (ConceptRef s : rel.subject())
                    if (s instanceof ConceptRef.Resolved rs) add(node, PKG_SUBJECT_CONCEPT, IriFactory.iri(rs.iri()));
                for (ConceptRef o : rel.object())
                    if (o instanceof ConceptRef.Resolved ro) add(node, PKG_OBJECT_CONCEPT, IriFactory.iri(ro.iri()));
                if (rel.type().equals("CID"))
                    for (ConceptRef s : rel.subject())
                        for (ConceptRef o : rel.object())
                            if (s instanceof ConceptRef.Resolved rs && o instanceof ConceptRef.Resolved ro)
                                add(IriFactory.iri(rs.iri()), PKG_INDUCES, IriFactory.iri(ro.iri()));
            }
        }

        private void meshHeadings() {
            for (MeshHeading h : r.meshHeadings()) {
                if (!(h.descriptor() instanceof ConceptRef.Resolved d)) continue;
                Node descriptor = IriFactory.iri(d.iri());
                Node heading = part("mesh-" + d.curie().substring(d.curie().indexOf(':') + 1));
                add(paper, DCT_SUBJECT, descriptor);
                add(paper, PKG_MESH_HEADING, heading);
                add(heading, RDF_TYPE, PKG_MESH_HEADING_CLASS);
                add(heading, PKG_DESCRIPTOR, descriptor);
                add(heading, PKG_MAJOR_TOPIC, bool(h.majorTopic()));
                text(heading, RDFS_LABEL, h.label());
                for (MeshHeading.Qualifier q : h.qualifiers())
                    if (q.qualifier() instanceof ConceptRef.Resolved qr)
                        add(heading, q.majorTopic() ? PKG_MAJOR_QUALIFIER : PKG_QUALIFIER, IriFactory.iri(qr.iri()));
            }
        }

        private Node section(String fragment, String label) {
            Node section = part(fragment);
            if (!sectionsWritten.add(fragment)) return section;
            add(paper, PKG_HAS_SECTION, section);
            add(section, RDF_TYPE, PKG_SECTION);
            add(section, DCT_IS_PART_OF, paper);
            text(section, RDFS_LABEL, label);
            return section;
        }

        private String sectionLabel(String fragment) {
            for (SourceText t : r.texts()) if (t.section().equals(fragment)) return t.label();
            return switch (fragment) {
                case "linked-entities" -> "Linked entities";
                case "full-text" -> "Full text";
                case "title-abstract" -> "Title and abstract";
                default -> fragment;
            };
        }

        @Override
        public Node part(String fragment) {
            return IriFactory.withSegment(partIriPrefix, fragment.startsWith("mention-") ? fragment : partPrefix + fragment);
        }

        @Override
        public void text(Node s, Node p, String value) {
            // the readers replace (and report) what a literal cannot hold; this is the last line of defence
            if (value != null && !value.isEmpty()) add(s, p, NodeFactory.createLiteralString(TextChars.clean(value)));
        }

        @Override
        public void add(Node s, Node p, Node o) {
            Quad quad = Quad.create(graph, s, p, o);
            if (written.add(quad)) out.quad(quad);
        }
    }

    private static String key(ConceptRef ref) {
        return ref instanceof ConceptRef.Resolved res ? res.iri() : "raw:" + ref.raw();
    }

    private static String keys(List<ConceptRef> refs) {
        return refs.stream().map(PaperMapper::key).reduce((a, b) -> a + "|" + b).orElse("");
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node nonNegative(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    private static Node date(PubDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.lexical(), type);
    }
}
