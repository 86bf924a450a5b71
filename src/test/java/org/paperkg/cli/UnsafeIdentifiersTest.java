package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.IriFactory;
import org.paperkg.testing.StrictRiot;

/**
 * Identifiers full of characters an IRI cannot hold as they are (spaces, {@code <>"{}|^`\}, '%',
 * SICI DOIs with their angle brackets and semicolons), in every input format: whatever is emitted
 * passes strict IRI checking, and the output re-parses under strict RIOT in every syntax.
 */
class UnsafeIdentifiersTest {

    @TempDir
    Path dir;

    static final String SICI = "10.1002/(SICI)1097-4636(199606)31:2<213::AID-JBM8>3.0.CO;2-H";
    static final String UNSAFE_DOI = "10.1000/a{b}|c^d`e\"f%41g\\h";

    @Test
    void everyEmittedIriIsStrictAndEveryOutputReparses() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("cards.md"), """
                # A SICI paper

                PubMed · DOI: %s · PMID: 1500040

                ## Linked entities

                - **Diseases:** b (MONDO:<script>), c (foo:bar|baz), d (MESH:D010019%%20), e (OMIM:61{4}878)
                - **Diseases:** f (http://purl.obolibrary.org/obo/MONDO_0005246<x>), g (https://example.org/a{b}), h (MESH:"D010019")
                - **Diseases:** a (MESH:D01 0019)

                ---
                Source: https://example.org/paper with spaces/

                # An unsafe DOI

                PubMed · DOI: https://doi.org/%s

                ---
                Source: https://pubmed.ncbi.nlm.nih.gov/1500041/
                """.formatted(SICI, UNSAFE_DOI), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("corpus.pubtator"), """
                a<b>|t|Unsafe document id.
                a<b>|a|Gout and lithium.
                a<b>\t0\t6\tUnsafe\tDisease\tMESH:D0{1}
                a<b>\t11\t15\tGout\tDisease\tD006073|<x>|D01 9^
                a<b>\tCID\tD00`8094\tD006073 "x"

                77|t|Second.
                77|a|Gout.
                77\t7\t11\tGout\tDisease\tOMIM:1%%2F2
                """.replace("%%", "%"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("pubmed.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1500042</PMID><Article>
                <Journal><ISSN IssnType="Print">12 34-567&lt;X&gt;</ISSN><Title>J {x}</Title></Journal>
                <ArticleTitle>PubMed with unsafe ids</ArticleTitle>
                <AuthorList><Author><LastName>Doe</LastName><ForeName>J</ForeName>
                <Identifier Source="ORCID">0000-0002-1825-0097 &lt;x&gt;</Identifier></Author>
                <Author><LastName>Roe</LastName><ForeName>R</ForeName><Identifier Source="ORCID">https://orcid.org/0000-0002-1825-0097</Identifier></Author>
                </AuthorList>
                <ELocationID EIdType="doi">%s</ELocationID></Article>
                <MeshHeadingList><MeshHeading><DescriptorName UI="D01&lt;0019" MajorTopicYN="N">X</DescriptorName>
                <QualifierName UI="Q 000" MajorTopicYN="Y">y</QualifierName></MeshHeading></MeshHeadingList>
                </MedlineCitation>
                <PubmedData><ArticleIdList><ArticleId IdType="doi">%s</ArticleId><ArticleId IdType="pmc">PMC 12 {3}</ArticleId></ArticleIdList></PubmedData>
                </PubmedArticle>
                </PubmedArticleSet>
                """.formatted(xml(SICI), xml(UNSAFE_DOI)), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("bioc.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <collection><source>test</source><date/><key/>
                <document><id>x y&lt;z&gt;</id>
                <infon key="doi">%s</infon>
                <passage><infon key="type">title</infon><offset>0</offset><text>Gout in BioC.</text>
                <annotation id="1"><infon key="type">Disease</infon><infon key="MESH">D00 6073|{x}</infon>
                <location offset="0" length="4"/><text>Gout</text></annotation>
                <annotation id="2"><infon key="type">Disease</infon><infon key="identifier">MESH:D006073&quot;&gt;</infon>
                <location offset="8" length="5"/><text>BioC.</text></annotation>
                </passage></document></collection>
                """.formatted(xml(UNSAFE_DOI)), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("bioc.json"), """
                [{"id": "q\\"r s", "infons": {"doi": "%s"}, "passages": [
                  {"offset": 0, "infons": {"type": "title"}, "text": "Gout in JSON.",
                   "annotations": [{"id": "1", "infons": {"type": "Disease", "identifier": "MESH:D006073 <x>|^`{}"},
                                    "locations": [{"offset": 0, "length": 4}], "text": "Gout"}]}],
                  "relations": []}]
                """.formatted(SICI.replace("\"", "\\\"")), StandardCharsets.UTF_8);

        for (String ext : List.of("nq", "trig", "ttl", "nt", "rdf", "jsonld")) {
            Path out = dir.resolve("out." + ext);
            String[] err = new String[1];
            int code = run(err, "export", in.toString(), "-o", out.toString(), "-q");
            assertEquals(0, code, err[0]);
            assertTrue(err[0].contains("records read 7, mapped 7, skipped 0"), err[0]);
            // each unsafe identifier is reported where it is, and kept as text (never given a made-up IRI)
            for (String reported : List.of("cards.md:7: BAD_ID 'MONDO:<script>'", "cards.md:7: UNKNOWN_PREFIX unknown prefix 'foo'",
                    "cards.md:8: BAD_ID 'http://purl.obolibrary.org/obo/MONDO_0005246<x>'", "cards.md:8: UNKNOWN_PREFIX IRI in no known scheme",
                    "cards.md:9: MISSING_ID", "cards.md:12: BAD_URL", "corpus.pubtator:1: BAD_PMID", "corpus.pubtator:4: BAD_ID 'D01 9^'",
                    "pubmed.xml:4: BAD_ISSN", "pubmed.xml:7: BAD_ORCID", "pubmed.xml:11: BAD_ID 'D01<0019'", "pubmed.xml:14: BAD_PMCID",
                    "bioc.xml:3: NO_PMID", "bioc.xml:6: BAD_ID 'D00 6073'", "bioc.json:3: BAD_ID 'MESH:D006073 <x>'"))
                assertTrue(err[0].contains(reported), "expected " + reported + " in\n" + err[0]);
            DatasetGraph parsed = StrictRiot.parse(out, lang(ext));
            Set<String> iris = new HashSet<>();
            parsed.find().forEachRemaining(q -> {
                for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()})
                    if (n != null && n.isURI()) iris.add(n.getURI());
            });
            for (String iri : iris) assertTrue(IriFactory.isValid(iri), ext + ": not a strict IRI: <" + iri + ">");
            assertTrue(iris.contains("https://w3id.org/paperkg/paper/pmid/1500040"), ext);
            assertTrue(iris.contains("https://doi.org/10.1002/(SICI)1097-4636(199606)31:2%3C213::AID-JBM8%3E3.0.CO;2-H"), ext + " " + iris);
            // the card with the unsafe DOI is the PubMed record that has the same DOI: one paper, named by its PMID
            assertFalse(iris.contains("https://w3id.org/paperkg/paper/doi/" + IriFactory.segment(UNSAFE_DOI.toLowerCase())), ext);
            assertTrue(iris.contains("https://w3id.org/paperkg/paper/pmid/1500042"), ext + " " + iris);
            assertTrue(iris.contains("https://doi.org/" + IriFactory.path(UNSAFE_DOI.toLowerCase())), ext + " " + iris);
        }
    }

    private static Lang lang(String ext) {
        return switch (ext) {
            case "nq" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            case "ttl" -> Lang.TURTLE;
            case "nt" -> Lang.NTRIPLES;
            case "rdf" -> Lang.RDFXML;
            default -> Lang.JSONLD;
        };
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static int run(String[] stderr, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            return PaperkgCommand.execute(args);
        } finally {
            System.setErr(original);
            stderr[0] = err.toString(StandardCharsets.UTF_8);
        }
    }
}
