package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.testing.ProblemAssert.assertProblems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.GeneratedCards;
import org.paperkg.testing.Mapping;
import org.paperkg.vocab.Terms;

/**
 * Cards that once lost data: a closing rule right after a paragraph (a CommonMark setext heading)
 * and type labels whose plural is not a final "s".
 */
class CardEdgeCasesTest {

    @TempDir
    Path dir;

    @Test
    void closingRuleRightAfterAParagraphStillClosesTheCard() {
        Path card = GeneratedCards.write(dir.resolve("setext.md"), """
                # A card whose last paragraph touches the closing rule

                PubMed · 2020

                ## Figures

                1 figure.
                ---
                Source: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1800001/
                """.getBytes(StandardCharsets.UTF_8));
        Mapping.Result r = Mapping.map(card);
        assertProblems(r, List.of());
        Node paper = NodeFactory.createURI("https://w3id.org/paperkg/paper/pmc/PMC1800001");
        assertTrue(r.dataset().contains(Node.ANY, paper, Terms.PKG_FIGURES, NodeFactory.createLiteralString("1 figure.")));
        assertTrue(r.dataset().contains(Node.ANY, paper, Terms.PROV_WAS_DERIVED_FROM,
                NodeFactory.createURI("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1800001/")));
    }

    @Test
    void irregularPluralTypeLabelsAreSingularisedCorrectly() {
        Path card = GeneratedCards.write(dir.resolve("viruses.md"), """
                # Viruses as an entity type

                PubMed · PMID: 1800002

                ## Full-text entities

                - **Viruses:** SARS-CoV-2 (NCBITaxon:2697049)

                ---
                Source: https://pubmed.ncbi.nlm.nih.gov/1800002/
                """.getBytes(StandardCharsets.UTF_8));
        Mapping.Result r = Mapping.map(card);
        assertTrue(r.dataset().contains(Node.ANY, Node.ANY, Terms.PKG_ENTITY_TYPE, NodeFactory.createLiteralString("Virus")),
                "entity type 'Virus'");
    }

    @Test
    void dashLinesInsideFencedCodeStayText() {
        String text = "# T\n\n## Methods\n\n```\nrow\n---\n```\n\ntext\n---\nSource: x\n";
        String kept = ClosingRules.keepAsRules(text);
        assertTrue(kept.contains("```\nrow\n---\n```"), kept);
        assertTrue(kept.contains("text\n***\nSource"), kept);
        assertTrue(ClosingRules.keepAsRules("a\r\n---\r\nb").equals("a\r\n***\r\nb"), "CRLF kept, line count unchanged");
        assertTrue(ClosingRules.keepAsRules("a\n\n---\n").equals("a\n\n---\n"), "a rule after a blank line is left as written");
    }
}
