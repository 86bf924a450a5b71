package org.paperkg.source;

import java.util.List;

/** The journal a paper appeared in: its title, ISO abbreviation and ISSNs (print, electronic). */
public record Journal(String title, String isoAbbreviation, List<String> issns) {
    public Journal {
        issns = List.copyOf(issns);
    }
}
