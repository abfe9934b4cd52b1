package com.coachkeep.infrastructure.persistence.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.Mechanics;
import com.coachkeep.training.domain.MovementPattern;
import com.coachkeep.training.domain.Muscle;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue file the changelog loads: every row uses the domain's vocabulary, and the set is usable. */
class ExerciseCatalogueFileTest {
    static final String FILE = "/db/changelog/data/exercise-catalogue.csv";
    static List<CSVRecord> rows;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = ExerciseCatalogueFileTest.class.getResourceAsStream(FILE)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }

    @Test
    void atLeastOneHundredFiftyExercisesWithUniqueSlugsAndNames() {
        assertTrue(rows.size() >= 150, "exercises: " + rows.size());
        assertEquals(rows.size(), rows.stream().map(r -> r.get("slug")).distinct().count(), "slugs are unique");
        assertEquals(rows.size(), rows.stream().map(r -> r.get("name").toLowerCase()).distinct().count(), "names are unique");
        assertTrue(rows.stream().allMatch(r -> r.get("slug").matches("[a-z0-9]+(-[a-z0-9]+)*")), "slugs are kebab-case");
    }

    @Test
    void everyRowUsesTheDomainsVocabulary() {
        List<String> wrong = new ArrayList<>();
        for (CSVRecord r : rows) {
            String slug = r.get("slug");
            List<String> primary = split(r.get("primary_muscles"));
            if (primary.isEmpty()) {
                wrong.add(slug + ": no primary muscle");
            }
            for (String m : concat(primary, split(r.get("secondary_muscles")))) {
                if (!isOf(Muscle.class, m)) {
                    wrong.add(slug + ": muscle " + m);
                }
            }
            if (!isOf(Equipment.class, r.get("equipment"))) {
                wrong.add(slug + ": equipment " + r.get("equipment"));
            }
            if (!isOf(MovementPattern.class, r.get("pattern"))) {
                wrong.add(slug + ": pattern " + r.get("pattern"));
            }
            if (!isOf(Mechanics.class, r.get("mechanics"))) {
                wrong.add(slug + ": mechanics " + r.get("mechanics"));
            }
            String instructions = r.get("instructions");
            if (instructions.length() < 30 || instructions.length() > 600) {
                wrong.add(slug + ": instructions of " + instructions.length() + " characters");
            }
            if (r.get("variation_of").isBlank()) {
                wrong.add(slug + ": no variation group");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theCatalogueCoversEveryMainPatternAndCommonEquipmentWithSubstitutes() {
        Set<MovementPattern> patterns = new HashSet<>();
        Map<String, Set<String>> equipmentByGroup = new HashMap<>();
        for (CSVRecord r : rows) {
            patterns.add(MovementPattern.valueOf(r.get("pattern")));
            equipmentByGroup.computeIfAbsent(r.get("variation_of"), g -> new HashSet<>()).add(r.get("equipment"));
        }
        assertTrue(patterns.containsAll(Set.of(MovementPattern.SQUAT, MovementPattern.HINGE, MovementPattern.LUNGE,
                MovementPattern.HORIZONTAL_PUSH, MovementPattern.VERTICAL_PUSH, MovementPattern.HORIZONTAL_PULL,
                MovementPattern.VERTICAL_PULL, MovementPattern.CARRY)), "patterns: " + patterns);
        for (String group : List.of("squat", "bench-press", "row", "pull-up", "curl", "overhead-press", "deadlift")) {
            assertTrue(equipmentByGroup.get(group).size() >= 3,
                    group + " can be substituted for equipment at hand: " + equipmentByGroup.get(group));
        }
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(";"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <E extends Enum<E>> boolean isOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }
}
