package org.paperkg.source;

import java.util.List;

/**
 * A paper's reference list as far as it names works: the cited works with an identifier, in list
 * order, and how many entries named none (their text is not kept; the count says the list is
 * longer than its links).
 */
public record References(List<CitedWork> cited, int withoutIdentifier) {

    public static final References NONE = new References(List.of(), 0);

    public References {
        cited = List.copyOf(cited);
        if (withoutIdentifier < 0) throw new IllegalArgumentException("negative count");
    }

    public boolean isEmpty() {
        return cited.isEmpty() && withoutIdentifier == 0;
    }
}
