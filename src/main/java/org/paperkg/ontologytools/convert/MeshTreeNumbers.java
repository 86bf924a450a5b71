package org.paperkg.ontologytools.convert;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PrefixTable;

/**
 * MeSH tree numbers ({@code C01.539.160.495}): their shape, parent (the number without its last
 * segment; the top of a tree, {@code C01}, has none) and IRI in NLM's MeSH RDF namespace
 * ({@code http://id.nlm.nih.gov/mesh/C01.539}), built from the prefix table's MeSH namespace.
 */
public final class MeshTreeNumbers {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]\\d{2}(\\.\\d{3})*");

    private final String namespace;

    public MeshTreeNumbers(PrefixTable table) {
        this.namespace = table.schemes().stream().filter(s -> s.prefix().equals("MESH")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no MESH scheme in the prefix table")).namespace();
    }

    public static boolean isValid(String treeNumber) {
        return SHAPE.matcher(treeNumber).matches();
    }

    /** The parent tree number, or null for the top of a tree. */
    public static String parent(String treeNumber) {
        int dot = treeNumber.lastIndexOf('.');
        return dot < 0 ? null : treeNumber.substring(0, dot);
    }

    public Node node(String treeNumber) {
        return IriFactory.iri(namespace + IriFactory.segment(treeNumber));
    }
}
