package com.coachkeep.training.domain;

/**
 * How the exercises of a block are performed: one after another ({@link #SINGLE}), alternated
 * ({@link #SUPERSET}, {@link #CIRCUIT}), or against the clock ({@link #AMRAP} for a time cap, {@link #EMOM} each
 * minute, {@link #INTERVALS} work and rest).
 */
public enum BlockType {
    SINGLE(1, 1, false),
    SUPERSET(2, 4, false),
    CIRCUIT(2, 20, false),
    AMRAP(1, 20, true),
    EMOM(1, 20, true),
    INTERVALS(1, 20, true);

    private final int minEntries;
    private final int maxEntries;
    private final boolean timed;

    BlockType(int minEntries, int maxEntries, boolean timed) {
        this.minEntries = minEntries;
        this.maxEntries = maxEntries;
        this.timed = timed;
    }

    public int minEntries() {
        return minEntries;
    }

    public int maxEntries() {
        return maxEntries;
    }

    /** Whether the block needs a duration (an AMRAP's cap, an EMOM's minutes, intervals' total). */
    public boolean timed() {
        return timed;
    }

    /** How a person would name it in a sentence ("a superset"). */
    public String withArticle() {
        String word = name().equals("AMRAP") || name().equals("EMOM") ? name() : name().toLowerCase();
        return ("aeiou".indexOf(word.toLowerCase().charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
