package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a workspace says about one of its exercises. Invariants: a name of 1–200 characters on one line; instructions
 * up to 4000 characters; a demo video only as an {@code https} URL with a host (up to 500 characters); up to 20 tags
 * of up to 40 characters, lower case; at least one primary muscle, and no muscle both primary and secondary; a
 * variation group, when given, is a slug ({@code squat}, {@code hip-hinge}) shared with the exercises that substitute
 * for this one, the catalogue's groups included.
 */
public record ExerciseDetails(String name, String instructions, URI videoUrl, SortedSet<String> tags,
        Set<Muscle> primaryMuscles, Set<Muscle> secondaryMuscles, Equipment equipment, MovementPattern pattern,
        Mechanics mechanics, String variationGroup) {
    public static final int MAX_TAGS = 20;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExerciseDetails {
        Objects.requireNonNull(name);
        Objects.requireNonNull(equipment);
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(mechanics);
        tags = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        primaryMuscles = primaryMuscles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(primaryMuscles));
        secondaryMuscles = secondaryMuscles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(secondaryMuscles));
        if (primaryMuscles.isEmpty()) {
            throw InvalidInputException.of("primaryMuscles", "must name at least one muscle");
        }
        for (Muscle m : secondaryMuscles) {
            if (primaryMuscles.contains(m)) {
                throw InvalidInputException.of("secondaryMuscles", "must not repeat a primary muscle (" + m.name().toLowerCase(Locale.ROOT) + ")");
            }
        }
    }

    /** Builds the details from raw values, naming every invalid field at once. */
    public static ExerciseDetails of(String name, String instructions, String videoUrl, Collection<String> tags,
            Collection<String> primaryMuscles, Collection<String> secondaryMuscles, String equipment, String pattern,
            String mechanics, String variationGroup) {
        Validator v = new Validator();
        String n = v.check("name", name, raw -> Text.singleLine(raw, 200));
        String i = instructions == null || instructions.isBlank() ? null : v.check("instructions", instructions, raw -> Text.required(raw, 4000));
        URI video = videoUrl == null || videoUrl.isBlank() ? null : v.check("videoUrl", videoUrl, ExerciseDetails::videoUrl);
        SortedSet<String> t = tags == null ? new TreeSet<>() : v.check("tags", tags, ExerciseDetails::tags);
        Set<Muscle> primary = v.check("primaryMuscles", primaryMuscles, raw -> muscles(raw, true));
        Set<Muscle> secondary = secondaryMuscles == null ? Set.of() : v.check("secondaryMuscles", secondaryMuscles, raw -> muscles(raw, false));
        Equipment e = v.check("equipment", equipment, raw -> parse(Equipment.class, raw));
        MovementPattern p = v.check("pattern", pattern, raw -> parse(MovementPattern.class, raw));
        Mechanics m = v.check("mechanics", mechanics, raw -> parse(Mechanics.class, raw));
        String g = variationGroup == null || variationGroup.isBlank() ? null : v.check("variationGroup", variationGroup, ExerciseDetails::group);
        v.throwIfInvalid();
        return new ExerciseDetails(n, i, video, t, primary, secondary, e, p, m, g);
    }

    /** An https URL with a host; anything else (http, javascript:, relative) is refused. */
    public static URI videoUrl(String raw) {
        String text = Text.singleLine(raw, 500);
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("must be an https URL (https://host/…)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an https URL (https://host/…)");
        }
    }

    public static SortedSet<String> tags(Collection<String> raw) {
        if (raw.size() > MAX_TAGS) {
            throw new IllegalArgumentException("must hold at most " + MAX_TAGS + " tags");
        }
        TreeSet<String> set = new TreeSet<>();
        for (String tag : raw) {
            set.add(Text.singleLine(tag, 40).toLowerCase(Locale.ROOT));
        }
        return set;
    }

    /** A variation group's key: lower-case letters and digits in dash-separated words, up to 100 characters. */
    public static String group(String raw) {
        String g = Text.singleLine(raw, 100).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(g).matches()) {
            throw new IllegalArgumentException("must be lower-case words of letters and digits joined by dashes, like hip-hinge");
        }
        return g;
    }

    public static Set<Muscle> muscles(Collection<String> raw, boolean required) {
        if (raw == null || (required && raw.isEmpty())) {
            throw new IllegalArgumentException("must name at least one muscle");
        }
        if (raw.size() > Muscle.values().length) {
            throw new IllegalArgumentException("names too many muscles");
        }
        EnumSet<Muscle> set = EnumSet.noneOf(Muscle.class);
        for (String m : raw) {
            set.add(parse(Muscle.class, m));
        }
        return set;
    }

    /** An enum constant from its wire name ({@code smith_machine}), case-insensitive. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String name = raw.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("must be one of " + wireNames(type));
    }

    public static <E extends Enum<E>> List<String> wireNames(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }
}
