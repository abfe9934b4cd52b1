package com.coachkeep.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.rest.shared.ProblemType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The problem-type catalogue (docs/api/problems.md) against the code, both ways: every type the API can answer with has
 * an entry, and every entry is such a type. The types are {@link ProblemType}'s and the codes of the refusals the main
 * sources throw: a literal code passed to a refusal's constructor ({@code new ConflictException("role-in-use", …)},
 * {@code super("incident-resolved", …)}), or a code constant of a refusal type ({@code WorkspaceRuleException.SUSPENDED}).
 */
class ProblemCatalogueTest {
    static final Path ROOT = Path.of("..");
    static final Path CATALOGUE = ROOT.resolve("docs/api/problems.md");
    static final String CODE = "([a-z][a-z0-9]*(?:-[a-z0-9]+)+)";
    /** A code given to a refusal's constructor; {@code NotFoundException} takes the name of what is missing, not a code. */
    static final Pattern THROWN = Pattern.compile("(?:new\\s+(?!NotFoundException\\b)\\w+(?:Exception|Refusal)|super)\\(\\s*\"" + CODE + "\"");
    static final Pattern CONSTANT = Pattern.compile("static final String \\w+ = \"" + CODE + "\"");
    static final Pattern REFUSAL_TYPE = Pattern.compile("extends (?:\\w+Exception|Refusal\\.\\w+|Refusal)\\b");
    static final Pattern ENTRY = Pattern.compile("^### `([a-z0-9-]+)`\\s*\\n\\s*\\n- \\*\\*Status:\\*\\* (\\d{3})", Pattern.MULTILINE);

    static Map<String, String> typesInCode;
    static Map<String, Integer> entries;

    @BeforeAll
    static void read() throws IOException {
        typesInCode = new TreeMap<>();
        for (ProblemType t : ProblemType.values()) {
            typesInCode.put(t.slug(), "ProblemType." + t.name());
        }
        for (String module : new String[] {"domain", "application", "infrastructure"}) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(ProblemCatalogueTest::codesOf);
            }
        }
        entries = new TreeMap<>();
        Matcher m = ENTRY.matcher(Files.readString(CATALOGUE));
        while (m.find()) {
            Integer before = entries.put(m.group(1), Integer.valueOf(m.group(2)));
            assertTrue(before == null, "two entries for " + m.group(1));
        }
        assertTrue(typesInCode.size() > ProblemType.values().length, "no refusal code was found in the sources: " + typesInCode);
    }

    private static void codesOf(Path file) {
        try {
            String source = Files.readString(file);
            String name = file.getFileName().toString();
            Matcher thrown = THROWN.matcher(source);
            while (thrown.find()) {
                typesInCode.putIfAbsent(thrown.group(1), name);
            }
            if (REFUSAL_TYPE.matcher(source).find()) {
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    typesInCode.putIfAbsent(constant.group(1), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProblemTypeOfTheCodeHasAnEntry() {
        Set<String> missing = new TreeSet<>(typesInCode.keySet());
        missing.removeAll(entries.keySet());
        assertTrue(missing.isEmpty(), "no entry in docs/api/problems.md for " + missing.stream().map(t -> t + " (" + typesInCode.get(t) + ")")
                .toList());
    }

    @Test
    void everyEntryIsAProblemTypeOfTheCode() {
        Set<String> unknown = new TreeSet<>(entries.keySet());
        unknown.removeAll(typesInCode.keySet());
        assertTrue(unknown.isEmpty(), "docs/api/problems.md has entries the code never answers with: " + unknown);
    }

    @Test
    void theStatusOfEveryFixedTypeIsTheOneTheCatalogueStates() {
        for (ProblemType t : ProblemType.values()) {
            assertEquals(t.status(), entries.get(t.slug()), "status of " + t.slug());
        }
    }
}
