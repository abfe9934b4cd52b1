package com.coachkeep.training.domain;

/** The movement an exercise trains, as coaches group them when they balance a program. */
public enum MovementPattern {
    SQUAT, HINGE, LUNGE, HORIZONTAL_PUSH, VERTICAL_PUSH, HORIZONTAL_PULL, VERTICAL_PULL, CARRY, ANTI_EXTENSION,
    ANTI_ROTATION, ROTATION, FLEXION, ISOLATION, JUMP, CONDITIONING, MOBILITY
}
