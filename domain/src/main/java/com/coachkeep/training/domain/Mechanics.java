package com.coachkeep.training.domain;

/** Whether an exercise moves several joints (compound) or one (isolation). */
public enum Mechanics {
    COMPOUND, ISOLATION
}
