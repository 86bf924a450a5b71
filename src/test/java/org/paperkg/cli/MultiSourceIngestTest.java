package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.testutil.Cards;

/**
 * One paper from three real formats: its card (PMCID, DOI), a PubTator document (PMID only) and its
 * PubMed record (all three identifiers), ingested in any order and in separate runs, is one paper
 * under the IRI of its strongest identifier, with one graph per source.
 */
class MultiSourceIngestTest {

    private static final String PUBTATOR = """
            41000001|t|Bone and Infections: An Osteoimmunological Interplay
            41000001|a|Osteomyelitis follows bone infection.
            41000001\t53\t66\tOsteomyelitis\tDisease\tD010019
            41000001\t80\t89\tinfection\tDisease\tD007239
            """;

    private static final String PUBMED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
            <PubmedArticleSet>
              <PubmedArticle>
                <MedlineCitation Status="MEDLINE" Owner="NLM">
                  <PMID Version="1">41000001</PMID>
                  <Article PubModel="Electronic">
                    <Journal>
                      <ISSN IssnType="Electronic">1422-0067</ISSN>
                      <JournalIssue CitedMedium="Internet"><Volume>27</Volume><Issue>6</Issue>
                        <PubDate><Year>2026</Year><Month>Mar</Month><Day>12</Day></PubDate></JournalIssue>
                      <Title>International journal of molecular sciences</Title>
                      <ISOAbbreviation>Int J Mol Sci</ISOAbbreviation>
                    </Journal>
                    <ArticleTitle>Bone and Infections: An Osteoimmunological Interplay.</ArticleTitle>
                    <Abstract><AbstractText>Osteoimmunology examines bone and immunity.</AbstractText></Abstract>
                    <AuthorList CompleteYN="Y">
                      <Author ValidYN="Y"><LastName>Galliera</LastName><ForeName>Emanuela</ForeName><Initials>E</Initials>
                        <Identifier Source="ORCID">0000-0002-1825-0097</Identifier>
                        <AffiliationInfo><Affiliation>University of Milan, Italy.</Affiliation></AffiliationInfo></Author>
                    </AuthorList>
                  </Article>
                  <MeshHeadingList>
                    <MeshHeading><DescriptorName UI="D010019" MajorTopicYN="Y">Osteomyelitis</DescriptorName></MeshHeading>
                  </MeshHeadingList>
                </MedlineCitation>
                <PubmedData>
                  <ArticleIdList>
                    <ArticleId IdType="pubmed">41000001</ArticleId>
                    <ArticleId IdType="doi">10.3390/IJMS27062602</ArticleId>
                    <ArticleId IdType="pmc">PMC13027165</ArticleId>
                  </ArticleIdList>
                </PubmedData>
              </PubmedArticle>
            </PubmedArticleSet>
            """;

    @TempDir
    Path tmp;

    @Test
    void aCardAPubTatorDocumentAndAPubMedRecordAreOnePaperWhateverTheOrder() throws Exception {
        Path card = write("card.md", Cards.example());
        Path pubtator = write("doc.pubtator", PUBTATOR);
        Path pubmed = write("record.xml", PUBMED);

        Set<String> inOneRun = store("one", List.of(List.of(card, pubtator, pubmed)));
        Set<String> pubtatorFirst = store("two", List.of(List.of(pubtator), List.of(card), List.of(pubmed)));
        Set<String> pubmedFirst = store("three", List.of(List.of(pubmed, card), List.of(pubtator)));
        assertEquals(inOneRun, pubtatorFirst);
        assertEquals(inOneRun, pubmedFirst);
    }

    private Set<String> store(String name, List<List<Path>> runs) {
        return sourceGraphs(tmp.resolve(name), runs);
    }

    /**
     * Ingests each run's inputs into {@code db} with {@code paperkg ingest}, one command per run,
     * then gives each paper's source graphs as "paper graph \"format\"".
     */
    static Set<String> sourceGraphs(Path db, List<List<Path>> runs) {
        for (List<Path> run : runs) {
            List<String> args = new java.util.ArrayList<>(List.of("ingest", "--db", db.toString(), "-q"));
            run.forEach(p -> args.add(p.toString()));
            assertEquals(0, PaperkgCommand.execute(args.toArray(String[]::new)));
        }
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<String> facts = new TreeSet<>();
                QueryExec.dataset(dsg).query("""
                        PREFIX fabio: <http://purl.org/spar/fabio/>
                        PREFIX pkg: <https://w3id.org/paperkg/vocab#>
                        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                        SELECT ?paper ?g ?format { ?paper a fabio:JournalArticle .
                          GRAPH ?g { ?g foaf:primaryTopic ?paper ; pkg:sourceFormat ?format } }""")
                        .select().forEachRemaining(b -> facts.add(b.get("paper").getURI() + " " + b.get("g").getURI() + " " + b.get("format")));
                return facts;
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    private Path write(String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void theExpectedPaperAndGraphs() throws Exception {
        Set<String> facts = store("check", List.of(List.of(write("c.md", Cards.example()), write("p.pubtator", PUBTATOR),
                write("m.xml", PUBMED))));
        String paper = "https://w3id.org/paperkg/paper/pmc/PMC13027165";
        assertEquals(Set.of(
                paper + " https://w3id.org/paperkg/graph/card/pmc/PMC13027165 \"card\"",
                paper + " https://w3id.org/paperkg/graph/pubtator/pmc/PMC13027165 \"pubtator\"",
                paper + " https://w3id.org/paperkg/graph/pubmed/pmc/PMC13027165 \"pubmed\""), facts);
    }
}
