package com.coachkeep.checkin.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One question of a form version.
 *
 * @param key     stable within the form across versions (letters, digits, dashes), so answers line up over versions
 * @param unit    for a number question: the unit shown beside it ("kg", "hours"); else null
 * @param options for a choice question: the choices; else empty
 * @param poses   for a photo set: the poses asked for (front, side, back, or custom names); else empty
 */
public record Question(String key, QuestionType type, String text, boolean required, String unit, List<String> options, List<String> poses) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_OPTIONS = 20;

    public Question {
        options = List.copyOf(options);
        poses = List.copyOf(poses);
    }

    /** Checks a question as sent; every complaint is named under the question's field. */
    public static Question define(String key, String type, String text, Boolean required, String unit, List<String> options, List<String> poses) {
        Validator v = new Validator();
        String k = v.check("key", key, raw -> {
            if (raw == null || !KEY.matcher(raw).matches()) {
                throw new IllegalArgumentException("must be 1–40 lower-case letters, digits or dashes, starting with a letter or digit");
            }
            return raw;
        });
        QuestionType t = v.check("type", type, QuestionType::parse);
        String txt = v.check("text", text, raw -> Text.singleLine(raw, 300));
        String u = null;
        List<String> opts = List.of();
        List<String> ps = List.of();
        if (t == QuestionType.NUMBER) {
            u = unit == null || unit.isBlank() ? null : v.check("unit", unit, raw -> Text.singleLine(raw, 20));
        } else {
            v.require(unit == null, "unit", "is only for number questions");
        }
        if (t == QuestionType.SINGLE_CHOICE || t == QuestionType.MULTIPLE_CHOICE) {
            opts = v.check("options", options, Question::choices);
        } else {
            v.require(options == null || options.isEmpty(), "options", "are only for choice questions");
        }
        if (t == QuestionType.PHOTO_SET) {
            ps = v.check("poses", poses, Question::poses);
        } else {
            v.require(poses == null || poses.isEmpty(), "poses", "are only for photo-set questions");
        }
        v.throwIfInvalid();
        return new Question(k, t, txt, required == null || required, u, opts == null ? List.of() : opts, ps == null ? List.of() : ps);
    }

    private static List<String> choices(List<String> raw) {
        if (raw == null || raw.size() < 2 || raw.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("must list 2–" + MAX_OPTIONS + " choices");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String o : raw) {
            String c = Text.singleLine(o, 100);
            if (!seen.add(c)) {
                throw new IllegalArgumentException("must not repeat a choice (" + c + ")");
            }
        }
        return new ArrayList<>(seen);
    }

    private static List<String> poses(List<String> raw) {
        if (raw == null || raw.isEmpty() || raw.size() > 6) {
            throw new IllegalArgumentException("must list 1–6 poses (front, side, back or a custom name)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String p : raw) {
            String pose = Text.singleLine(p, 40).toLowerCase(Locale.ROOT);
            if (!seen.add(pose)) {
                throw new IllegalArgumentException("must not repeat a pose (" + pose + ")");
            }
        }
        return new ArrayList<>(seen);
    }

    /**
     * The answer to this question as stored (a canonical string), or null when left out of an optional question; raises
     * {@link InvalidInputException} naming what is wrong. A photo set is answered with the client's progress photos by pose
     * ({@code {"front": "<photo id>", …}}), stored as one {@code pose=id} line per pose in the question's order; whether
     * each id is a photo of the client is the application's to check ({@link Answer#photos()}).
     */
    public String answer(Object raw) {
        if (raw == null || raw instanceof String s && s.isBlank() || raw instanceof List<?> l && l.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("is required");
            }
            return null;
        }
        return switch (type) {
            case NUMBER -> {
                double d = number(raw);
                if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > 1_000_000) {
                    throw new IllegalArgumentException("must be a number between -1000000 and 1000000");
                }
                yield java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case SCALE -> {
                double d = number(raw);
                if (d != Math.rint(d) || d < 1 || d > 10) {
                    throw new IllegalArgumentException("must be a whole number from 1 to 10");
                }
                yield Integer.toString((int) d);
            }
            case SHORT_TEXT -> Text.singleLine(string(raw), 300);
            case LONG_TEXT -> Text.required(string(raw), 5000);
            case YES_NO -> {
                if (!(raw instanceof Boolean b)) {
                    throw new IllegalArgumentException("must be true or false");
                }
                yield b.toString();
            }
            case SINGLE_CHOICE -> {
                String c = string(raw);
                if (!options.contains(c)) {
                    throw new IllegalArgumentException("must be one of " + options);
                }
                yield c;
            }
            case MULTIPLE_CHOICE -> {
                if (!(raw instanceof List<?> list)) {
                    throw new IllegalArgumentException("must be a list of choices");
                }
                Set<String> picked = new LinkedHashSet<>();
                for (Object o : list) {
                    String c = o instanceof String s ? s : null;
                    if (c == null || !options.contains(c)) {
                        throw new IllegalArgumentException("must list only choices of " + options);
                    }
                    picked.add(c);
                }
                yield String.join("\n", picked);
            }
            case PHOTO_SET -> photoSet(raw);
        };
    }

    private String photoSet(Object raw) {
        if (!(raw instanceof java.util.Map<?, ?> given)) {
            throw new IllegalArgumentException("must be an object of progress photo ids by pose (" + String.join(", ", poses) + ")");
        }
        for (Object pose : given.keySet()) {
            if (!poses.contains(pose)) {
                throw new IllegalArgumentException("asks for the poses " + poses + ", not " + pose);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String pose : poses) {
            Object id = given.get(pose);
            if (id == null) {
                if (required) {
                    throw new IllegalArgumentException("needs a photo for every pose: " + pose + " is missing");
                }
                continue;
            }
            UUID photo;
            try {
                photo = UUID.fromString(String.valueOf(id));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must give a progress photo id (a UUID) for " + pose);
            }
            out.append(out.isEmpty() ? "" : "\n").append(pose).append('=').append(photo);
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static double number(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("must be a number");
    }

    private static String string(Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("must be a string");
    }
}
