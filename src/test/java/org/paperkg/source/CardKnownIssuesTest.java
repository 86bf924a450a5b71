package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.testing.ProblemAssert.assertProblems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.GeneratedCards;
import org.paperkg.testing.Mapping;
import org.paperkg.vocab.Terms;

/**
 * Bugs found while writing the suite and not fixed here (each needs a decision beyond a small
 * fix). Each test states the correct behaviour and is disabled with the reason; run them with
 * -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition to see them fail.
 */
class CardKnownIssuesTest {

    @TempDir
    Path dir;

    @Disabled("BUG: a paragraph directly followed by '---' (no blank line) is a CommonMark setext heading, so the "
            + "closing rule is lost: the Figures text becomes an unknown section titled with that text, the Source "
            + "URL is kept only as that section's text, the PMCID from the URL is lost (the paper is renamed from "
            + "…/pmc/PMC1800001 to its title hash) and only NO_FOOTER at line 1 is reported")
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

    @Disabled("BUG: EntityTypes.singular strips a final 's' from any label not ending in ss/us/is, so "
            + "'Viruses' becomes 'Viruse' (and 'Processes' 'Processe', 'Diagnoses' 'Diagnose'); the 'any type label' "
            + "rule needs a small table of irregular plurals or keeping the label as written")
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
}
