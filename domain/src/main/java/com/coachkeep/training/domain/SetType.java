package com.coachkeep.training.domain;

/** What a set is for: warm-ups and drop sets are not counted as working volume or as records. */
public enum SetType {
    WARM_UP, WORKING, DROP, AMRAP;

    /** Whether sets of this type count toward weekly volume and personal records. */
    public boolean counts() {
        return this != WARM_UP;
    }
}
