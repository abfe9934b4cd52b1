package com.coachkeep.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Database session settings decide what row-level security shows, so they are set in one place: TenantScope, with a
 * named method per policy. A {@code set_config} anywhere else in the production code (a repository opening a policy
 * for itself) fails the build. Read from the sources, because SQL text is a string constant that class files do not
 * tie to a call. Tests that open raw JDBC connections may set settings themselves.
 */
class TenantSettingsTest {
    static final String ALLOWED = "infrastructure/src/main/java/com/coachkeep/infrastructure/persistence/shared/TenantScope.java";
    static final List<String> MODULES = List.of("domain", "application", "infrastructure", "console", "liberty");

    @Test
    void onlyTenantScopeSetsDatabaseSessionSettings() {
        Path root = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
        List<Path> sources = MODULES.stream().map(m -> root.resolve(m).resolve("src/main/java")).filter(Files::isDirectory)
                .flatMap(TenantSettingsTest::javaFiles).toList();
        assertTrue(sources.size() > 100, "the production sources were not found under " + root + ": " + sources.size() + " files");
        List<String> setters = sources.stream().filter(TenantSettingsTest::setsASetting)
                .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        assertEquals(List.of(ALLOWED), setters, "set_config outside TenantScope (add a named method there instead)");
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean setsASetting(Path source) {
        try {
            String text = Files.readString(source).toLowerCase(java.util.Locale.ROOT);
            // a database function that makes a setting (coachkeep_enter_workspace, changeset 0050) is called from TenantScope only
            return text.contains("set_config") || text.contains("coachkeep_enter_workspace");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
