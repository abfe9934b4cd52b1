package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.regex.Pattern;

/**
 * The target of one set, structured so that what was done can be set beside it and records tracked: a number
 * of reps (exact, when {@code repsMin == repsMax}, or a range), or a time, or a distance; a load target; an
 * effort target (RPE or RIR); a rest range in seconds; a tempo (four digits or {@code X}, e.g. {@code 31X0});
 * and free notes. An AMRAP set may leave its reps open or give a minimum.
 */
public record SetPrescription(SetType type, Integer repsMin, Integer repsMax, Integer seconds, Integer metres,
        LoadTarget load, Effort effort, Integer restMinSeconds, Integer restMaxSeconds, String tempo, String notes) {

    public static final int MAX_REPS = 100;
    public static final int MAX_SECONDS = 24 * 3600;
    public static final int MAX_METRES = 100_000;
    public static final int MAX_REST_SECONDS = 3600;
    public static final int MAX_NOTES = 1000;
    private static final Pattern TEMPO = Pattern.compile("[0-9X]-?[0-9X]-?[0-9X]-?[0-9X]");

    /**
     * This prescription without its free-text notes: what a logged set keeps as its target. The notes are free text a
     * coach may write about the client, kept encrypted in the client's program plan; a set's target is stored in the
     * clear for records and comparisons, so it keeps only the structured prescription.
     */
    public SetPrescription withoutNotes() {
        return notes == null ? this : new SetPrescription(type, repsMin, repsMax, seconds, metres, load, effort, restMinSeconds,
                restMaxSeconds, tempo, null);
    }

    /** A working set of exactly {@code reps} at a fixed load: the common case, for tests and seed data. */
    public static SetPrescription reps(int reps, LoadTarget load) {
        return new SetPrescription(SetType.WORKING, reps, reps, null, null, load, null, null, null, null, null);
    }

    /** Records each rule this set breaks under {@code path} (e.g. {@code ...sets[2].repsMax}). */
    void validate(String path, Validator v) {
        v.require(type != null, path + ".type", "is required");
        int targets = (repsMin != null || repsMax != null ? 1 : 0) + (seconds != null ? 1 : 0) + (metres != null ? 1 : 0);
        if (type == SetType.AMRAP) {
            v.require(targets <= 1, path, "an AMRAP set has at most one of reps, seconds or metres");
        } else {
            v.require(targets == 1, path, "a set needs exactly one of reps, seconds or metres");
        }
        if (repsMin != null || repsMax != null) {
            v.require(repsMin != null && repsMin >= 1 && repsMin <= MAX_REPS, path + ".repsMin",
                    "must be between 1 and " + MAX_REPS);
            if (repsMax != null) {
                v.require(repsMax >= 1 && repsMax <= MAX_REPS, path + ".repsMax", "must be between 1 and " + MAX_REPS);
                v.require(repsMin == null || repsMin <= repsMax, path + ".repsMax", "must not be below repsMin");
            }
        }
        v.require(seconds == null || (seconds >= 1 && seconds <= MAX_SECONDS), path + ".seconds",
                "must be between 1 and " + MAX_SECONDS);
        v.require(metres == null || (metres >= 1 && metres <= MAX_METRES), path + ".metres",
                "must be between 1 and " + MAX_METRES);
        v.require(restMinSeconds == null || (restMinSeconds >= 0 && restMinSeconds <= MAX_REST_SECONDS),
                path + ".restMinSeconds", "must be between 0 and " + MAX_REST_SECONDS);
        v.require(restMaxSeconds == null || (restMaxSeconds >= 0 && restMaxSeconds <= MAX_REST_SECONDS),
                path + ".restMaxSeconds", "must be between 0 and " + MAX_REST_SECONDS);
        v.require(restMinSeconds == null || restMaxSeconds == null || restMinSeconds <= restMaxSeconds,
                path + ".restMaxSeconds", "must not be below restMinSeconds");
        v.require(tempo == null || TEMPO.matcher(tempo).matches(), path + ".tempo",
                "must be four digits or X, such as 31X0 or 3-1-X-0");
        v.require(notes == null || notes.length() <= MAX_NOTES, path + ".notes",
                "must be at most " + MAX_NOTES + " characters");
    }
}
