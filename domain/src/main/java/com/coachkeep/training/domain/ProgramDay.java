package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.List;
import java.util.Objects;

/** A training day (its blocks in order) or a rest day (no blocks). Names are free text up to 200 characters. */
public record ProgramDay(PlanKey key, String name, boolean restDay, List<Block> blocks) {
    public static final int MAX_NAME = 200;
    public static final int MAX_BLOCKS = 40;

    public ProgramDay {
        Objects.requireNonNull(key, "key");
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public static ProgramDay rest(String name) {
        return new ProgramDay(PlanKey.newKey(), name, true, List.of());
    }

    /** The same day with other blocks (its own name and rest flag kept). */
    ProgramDay withBlocks(List<Block> newBlocks) {
        return new ProgramDay(key, name, restDay, newBlocks);
    }

    void validate(String path, Validator v) {
        v.require(name != null && !name.isBlank(), path + ".name", "is required");
        v.require(name == null || name.length() <= MAX_NAME, path + ".name", "must be at most " + MAX_NAME + " characters");
        v.require(!restDay || blocks.isEmpty(), path + ".blocks", "a rest day has no exercises");
        v.require(restDay || !blocks.isEmpty(), path + ".blocks", "a training day needs at least one block");
        v.require(blocks.size() <= MAX_BLOCKS, path + ".blocks", "must hold at most " + MAX_BLOCKS + " blocks");
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).validate(path + ".blocks[" + i + "]", v);
        }
    }
}
