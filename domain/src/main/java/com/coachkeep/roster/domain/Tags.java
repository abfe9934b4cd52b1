package com.coachkeep.roster.domain;

import com.coachkeep.shared.domain.Text;
import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/** Labels a coach puts on clients to group them: at most 20, each a short single line, compared without case. */
public record Tags(SortedSet<String> values) {
    public static final int MAX = 20;

    public Tags {
        values = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    public static Tags none() {
        return new Tags(new TreeSet<>());
    }

    public static Tags of(Collection<String> raw) {
        if (raw == null) {
            throw new IllegalArgumentException("must be a list of tags");
        }
        if (raw.size() > MAX) {
            throw new IllegalArgumentException("must hold at most " + MAX + " tags");
        }
        TreeSet<String> set = new TreeSet<>();
        for (String tag : raw) {
            String t = Text.singleLine(tag, 40).toLowerCase(Locale.ROOT);
            if (t.indexOf(',') >= 0) {
                throw new IllegalArgumentException("tags must not contain commas");
            }
            set.add(t);
        }
        return new Tags(set);
    }
}
