package org.paperkg.identity;

import org.paperkg.source.SourceRef;

/**
 * A source graph of a store paper that the run withdraws (a PubMed {@code DeleteCitation}): the
 * graph and its entry in the provenance go; the paper goes with it when no other source holds it.
 *
 * @param paper        the paper's IRI (after the run's merges)
 * @param graph        the source graph to remove (named as after the merges)
 * @param origin       the withdrawal (file and line)
 * @param rekey        no record of the run writes the paper: what is left of it is to be named by the
 *                     identifiers left (the strongest may have come from the withdrawn record)
 * @param authorsLost  the graph held the paper's author list and the paper keeps other sources'
 *                     graphs, which carry none: the authors are gone until those sources are read again
 */
public record StoreDeletion(String paper, String graph, SourceRef origin, boolean rekey, boolean authorsLost) {}
