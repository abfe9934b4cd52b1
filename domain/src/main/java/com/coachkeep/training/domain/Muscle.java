package com.coachkeep.training.domain;

/** The muscle groups exercises are tagged with, and weekly volume is counted for. */
public enum Muscle {
    CHEST, UPPER_BACK, LATS, LOWER_BACK, FRONT_DELTS, SIDE_DELTS, REAR_DELTS, BICEPS, TRICEPS, FOREARMS, ABS,
    OBLIQUES, GLUTES, QUADS, HAMSTRINGS, ADDUCTORS, ABDUCTORS, CALVES, TRAPS, NECK, HIP_FLEXORS
}
