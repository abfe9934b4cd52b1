package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.List;
import java.util.Objects;

/**
 * A group of exercises done together (see {@link BlockType}). {@code rounds} repeats a superset or circuit;
 * {@code durationSeconds} is the time cap of an AMRAP, the length of an EMOM or of an interval block;
 * {@code workSeconds}/{@code restSeconds} shape intervals (an EMOM's work interval is the minute).
 */
public record Block(PlanKey key, BlockType type, List<BlockEntry> entries, Integer rounds, Integer durationSeconds,
        Integer workSeconds, Integer restSeconds) {
    public static final int MAX_ROUNDS = 100;
    public static final int MAX_DURATION_SECONDS = 4 * 3600;

    public Block {
        Objects.requireNonNull(key, "key");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static Block single(BlockEntry entry) {
        return new Block(PlanKey.newKey(), BlockType.SINGLE, List.of(entry), null, null, null, null);
    }

    void validate(String path, Validator v) {
        if (type == null) {
            v.require(false, path + ".type", "is required");
            return;
        }
        v.require(entries.size() >= type.minEntries(), path + ".entries",
                type.withArticle() + " needs at least " + count(type.minEntries()));
        v.require(entries.size() <= type.maxEntries(), path + ".entries",
                type.withArticle() + " holds at most " + count(type.maxEntries()));
        v.require(rounds == null || (rounds >= 1 && rounds <= MAX_ROUNDS), path + ".rounds",
                "must be between 1 and " + MAX_ROUNDS);
        v.require(!type.timed() || durationSeconds != null, path + ".durationSeconds",
                type.withArticle() + " needs a duration");
        v.require(durationSeconds == null || (durationSeconds >= 1 && durationSeconds <= MAX_DURATION_SECONDS),
                path + ".durationSeconds", "must be between 1 and " + MAX_DURATION_SECONDS);
        v.require(type != BlockType.INTERVALS || (workSeconds != null && workSeconds >= 1), path + ".workSeconds",
                "intervals need a work time of at least 1 second");
        v.require(restSeconds == null || restSeconds >= 0, path + ".restSeconds", "must not be negative");
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).validate(path + ".entries[" + i + "]", v);
        }
    }

    private static String count(int n) {
        return n == 1 ? "one exercise" : n + " exercises";
    }
}
