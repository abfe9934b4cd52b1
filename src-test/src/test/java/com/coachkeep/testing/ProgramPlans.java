package com.coachkeep.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Program plans as the API takes them, for tests: catalogue exercises by slug, plans as plain maps. */
public final class ProgramPlans {
    private ProgramPlans() {
    }

    /** The id the catalogue gives an exercise: {@code md5('exercise:' || slug)::uuid}, as changelog 0024 derives it. */
    public static String exerciseId(String slug) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("exercise:" + slug).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : md5) {
                hex.append(String.format("%02x", b));
            }
            String h = hex.toString();
            return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> sets(int sets, int reps, double kg) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            out.add(Map.of("type", "working", "repsMin", reps, "repsMax", reps, "load", Map.of("kind", "fixed", "amount", kg, "unit", "kg")));
        }
        return Map.of("sets", out);
    }

    public static Map<String, Object> single(String slug, int sets, int reps, double kg) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", UUID.randomUUID().toString());
        entry.put("exerciseId", exerciseId(slug));
        entry.putAll(sets(sets, reps, kg));
        return Map.of("key", UUID.randomUUID().toString(), "type", "single", "entries", List.of(entry));
    }

    public static Map<String, Object> day(String name, Map<?, ?>... blocks) {
        return Map.of("key", UUID.randomUUID().toString(), "name", name, "restDay", blocks.length == 0, "blocks", List.of(blocks));
    }

    /** One phase of {@code weeks} weeks, each a lower day (squat), a rest day and an upper day (bench press). */
    public static Map<String, Object> lowerRestUpper(int weeks, double squatKg, double benchKg) {
        List<Object> ws = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            ws.add(Map.of("key", UUID.randomUUID().toString(), "days", List.of(day("Lower", single("back-squat", 3, 5, squatKg)),
                    day("Rest"), day("Upper", single("bench-press", 3, 5, benchKg)))));
        }
        return Map.of("phases", List.of(Map.of("key", UUID.randomUUID().toString(), "name", "Base", "weeks", ws)));
    }

    public static Map<String, Object> template(String name, Map<String, Object> plan) {
        return Map.of("name", name, "plan", plan);
    }

    /** A deep, mutable copy of a plan read from an answer, with every set of {@code slug} at {@code kg}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withLoad(Map<String, Object> plan, String slug, double kg) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(plan);
        String id = exerciseId(slug);
        for (Object p : (List<Object>) copy.get("phases")) {
            for (Object w : (List<Object>) ((Map<String, Object>) p).get("weeks")) {
                for (Object d : (List<Object>) ((Map<String, Object>) w).get("days")) {
                    for (Object b : (List<Object>) ((Map<String, Object>) d).get("blocks")) {
                        for (Object e : (List<Object>) ((Map<String, Object>) b).get("entries")) {
                            Map<String, Object> entry = (Map<String, Object>) e;
                            if (id.equals(entry.get("exerciseId"))) {
                                for (Object s : (List<Object>) entry.get("sets")) {
                                    ((Map<String, Object>) s).put("load", Map.of("kind", "fixed", "amount", kg, "unit", "kg"));
                                }
                            }
                        }
                    }
                }
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> c = new HashMap<>();
            m.forEach((k, v) -> {
                if (v != null) {
                    c.put((String) k, deepCopy(v));
                }
            });
            return c;
        }
        if (o instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(v -> c.add(deepCopy(v)));
            return c;
        }
        return o;
    }
}
