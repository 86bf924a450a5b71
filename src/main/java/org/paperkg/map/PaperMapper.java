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
import org.paperkg.source.Mention;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.PubDate;
import org.paperkg.source.TextSection;

/**
 * Maps one paper record to quads in the paper's own named graph. Pure and deterministic: no blank
 * nodes, every IRI minted from the record, so the same record always gives the same quads.
 */
public final class PaperMapper {

    private final PaperIris iris;

    public PaperMapper(PaperIris iris) {
        this.iris = iris;
    }

    /** The IRI of the paper (and of its graph). */
    public String paperIri(PaperRecord r) {
        return iris.paper(r);
    }

    public void map(PaperRecord r, StreamRDF out) {
        new Emitter(r, out).emit();
    }

    private final class Emitter {
        private final PaperRecord r;
        private final StreamRDF out;
        private final String paperIri;
        private final Node paper;
        private final Set<String> mentionKeys = new HashSet<>();
        /** Quads written for this paper: a shortcut edge (two surface forms of one concept) or an
         *  author listed twice would otherwise be written again, and the run's triple count would
         *  exceed what a store holds. Bounded by the size of one paper. */
        private final Set<Quad> written = new HashSet<>();

        Emitter(PaperRecord r, StreamRDF out) {
            this.r = r;
            this.out = out;
            this.paperIri = iris.paper(r);
            this.paper = IriFactory.iri(paperIri);
        }

        void emit() {
            bibliographic();
            authors();
            sections();
            mentions(r.linkedEntities(), "linked-entities", "Linked entities", OA_CLASSIFYING, SCHEMA_ABOUT);
            mentions(r.fullTextEntities(), "full-text", "Full text", OA_IDENTIFYING, SCHEMA_MENTIONS);
        }

        private void bibliographic() {
            add(paper, RDF_TYPE, FABIO_JOURNAL_ARTICLE);
            add(paper, RDF_TYPE, SCHEMA_SCHOLARLY_ARTICLE);
            add(paper, RDF_TYPE, BIBO_ACADEMIC_ARTICLE);
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
        }

        private void authors() {
            List<String> names = r.authors();
            Node previous = null;
            for (int i = 0; i < names.size(); i++) {
                Node role = part("author-" + (i + 1));
                Node person = IriFactory.iri(iris.person(names.get(i)));
                add(paper, DCT_CREATOR, person);
                add(paper, PRO_IS_DOCUMENT_CONTEXT_FOR, role);
                add(role, RDF_TYPE, PRO_ROLE_IN_TIME);
                add(role, PRO_WITH_ROLE, PRO_AUTHOR);
                add(role, PRO_IS_HELD_BY, person);
                add(role, SCHEMA_POSITION, integer(i + 1));
                if (previous != null) add(previous, OCO_HAS_NEXT, role);
                add(person, RDF_TYPE, FOAF_PERSON);
                text(person, FOAF_NAME, names.get(i));
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

        private void mentions(List<Mention> mentions, String sectionName, String sectionTitle, Node motivation, Node shortcut) {
            if (mentions.isEmpty()) return;
            Node section = section(sectionName, sectionTitle);
            for (Mention m : mentions) {
                String concept = m.concept() instanceof ConceptRef.Resolved res ? res.iri() : "raw:" + m.concept().raw();
                if (!mentionKeys.add(sectionName + '\u0000' + concept + '\u0000' + m.text())) continue;
                String id = "mention-" + sectionName + "-" + PaperIris.hash(concept + '\u0000' + m.text());
                Node annotation = part(id);
                Node target = part(id + "-target");
                add(annotation, RDF_TYPE, OA_ANNOTATION);
                add(annotation, OA_MOTIVATED_BY, motivation);
                add(annotation, OA_HAS_TARGET, target);
                text(annotation, PKG_ENTITY_TYPE, EntityTypes.singular(m.entityType()));
                if (!m.concept().raw().isEmpty()) text(annotation, PKG_SOURCE_ID, m.concept().raw());
                if (m.concept() instanceof ConceptRef.Resolved res) {
                    Node body = IriFactory.iri(res.iri());
                    add(annotation, OA_HAS_BODY, body);
                    text(annotation, PKG_SCHEME, res.scheme());
                    add(paper, shortcut, body);
                } else if (m.concept() instanceof ConceptRef.Unresolved u) {
                    text(annotation, PKG_UNRESOLVED_REASON, u.code());
                }
                add(target, RDF_TYPE, OA_SPECIFIC_RESOURCE);
                add(target, OA_HAS_SOURCE, section);
                if (!m.text().isEmpty()) {
                    Node quote = part(id + "-quote");
                    add(target, OA_HAS_SELECTOR, quote);
                    add(quote, RDF_TYPE, OA_TEXT_QUOTE_SELECTOR);
                    text(quote, OA_EXACT, m.text());
                }
            }
        }

        private Node section(String fragment, String title) {
            Node section = part(fragment);
            add(paper, PKG_HAS_SECTION, section);
            add(section, RDF_TYPE, PKG_SECTION);
            add(section, DCT_IS_PART_OF, paper);
            text(section, DCT_TITLE, title);
            return section;
        }

        private Node part(String fragment) {
            return IriFactory.iri(PaperIris.part(paperIri, fragment));
        }

        private void text(Node s, Node p, String value) {
            if (value != null && !value.isEmpty()) add(s, p, NodeFactory.createLiteralString(value));
        }

        private void add(Node s, Node p, Node o) {
            Quad quad = Quad.create(paper, s, p, o);
            if (written.add(quad)) out.quad(quad);
        }
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
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
