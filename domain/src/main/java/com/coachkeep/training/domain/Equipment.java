package com.coachkeep.training.domain;

/** What an exercise is done with; the catalogue's filter and the basis of substitutions for equipment at hand. */
public enum Equipment {
    BARBELL, DUMBBELL, KETTLEBELL, CABLE, MACHINE, SMITH_MACHINE, EZ_BAR, TRAP_BAR, BODYWEIGHT, PULL_UP_BAR,
    BAND, MEDICINE_BALL, SLED, CARDIO_MACHINE, SUSPENSION_TRAINER, LANDMINE, BOX, NONE
}
