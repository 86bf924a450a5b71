package org.paperkg.ontologytools.slice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** The upward closure of a set of nodes over a parent function (breadth-first, cycle-safe). */
final class Closure {
    private Closure() {}

    static Set<String> up(Set<String> start, Function<String, ? extends Iterable<String>> parents) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty())
            for (String p : parents.apply(todo.pop()))
                if (seen.add(p)) todo.add(p);
        return seen;
    }
}
