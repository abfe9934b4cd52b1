package com.coachkeep.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator of the trust page (P-REL-1) over a small project of its own: promises, tagged test sources and
 * surefire/failsafe reports. A promise is shown as proven only with a passing test and no failing one.
 */
@Tag("promise:P-REL-1")
class TrustPageTest {
    @TempDir
    Path root;

    static final String PROMISES = """
            # Promises

            ## The promises

            ### P-AAA-1
            Every A is kept.

            ### P-BBB-1
            Every B is kept.

            ### P-CCC-1
            Nothing tests C.

            Not covered yet: all of C.

            ### P-DDD-1
            D's test did not run.

            ### P-EEE-1
            E is proven in part.

            Not covered yet: the second half of E.

            ### P-FFF-1
            F is proven through a contract its subclasses run.

            ## The isolation matrix

            Other text, not a promise.
            """;

    void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String report(String className, String... cases) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><testsuite name=\"" + className + "\">");
        for (String c : cases) {
            String[] parts = c.split(":");
            s.append("<testcase name=\"").append(parts[0]).append("\" classname=\"").append(className).append("\">");
            if (parts.length > 1 && parts[1].equals("fail")) {
                s.append("<failure message=\"boom\"/>");
            } else if (parts.length > 1 && parts[1].equals("skip")) {
                s.append("<skipped/>");
            }
            s.append("</testcase>");
        }
        return s.append("</testsuite>").toString();
    }

    @Test
    void aPromiseIsProvenOnlyByAPassingTestAndAFailureOrNoTestNeverShowsAsKept() throws Exception {
        write("docs/promises.md", PROMISES);
        write("mod/src/test/java/x/ATest.java", """
                package x;
                /** Mentions class Decoy and @Tag("promise:P-BBB-1") in prose only. */
                @Tag("promise:P-AAA-1")
                class ATest {
                    @Test
                    void one() {}
                    @Test
                    @Tag("promise:P-BBB-1")
                    void failsForB() {}
                }
                """);
        write("mod/src/test/java/x/DIT.java", """
                package x;
                class DIT {
                    @Test
                    @DisplayName("D is proven (promise:P-DDD-1)")
                    public void neverRan() {}
                    @Test
                    @Tag("promise:P-EEE-1")
                    void e() throws Exception {}
                }
                """);
        write("mod/src/test/java/x/Contract.java", """
                package x;
                @Tag("promise:P-FFF-1")
                abstract class Contract {
                    @Test
                    void holds() {}
                }
                """);
        write("mod/src/test/java/x/LocalContractTest.java", "package x;\nclass LocalContractTest extends Contract {\n}\n");
        write("mod/target/surefire-reports/TEST-x.ATest.xml", report("x.ATest", "one", "failsForB:fail"));
        write("mod/target/failsafe-reports/TEST-x.DIT.xml", report("x.DIT", "e(String)[1]", "e(String)[2]"));
        write("mod/target/surefire-reports/TEST-x.LocalContractTest.xml", report("x.LocalContractTest", "holds"));

        TrustPage.main(new String[] {root.toString(), root.resolve("out").toString(), "true"});

        String json = Files.readString(root.resolve("out/trust.json"));
        assertEquals(json, Files.readString(root.resolve("docs/trust.json")), "the update writes docs/ too");
        List<TrustPage.Entry> entries = TrustPage.entries(TrustPage.promises(PROMISES),
                TrustPage.tags(TrustPage.testSources(root)), results());
        Map<String, String> status = entries.stream().collect(Collectors.toMap(e -> e.promise().id(), TrustPage.Entry::status));
        assertEquals(Map.of("P-AAA-1", "failing", "P-BBB-1", "failing", "P-CCC-1", "not yet proven", "P-DDD-1", "not yet proven",
                "P-EEE-1", "partly proven", "P-FFF-1", "proven"), status, "ATest's class tag covers its failing method too");
        assertEquals(6, entries.size(), "the matrix section is no promise");
        assertEquals("all of C.", entries.get(2).promise().notCovered());
        assertTrue(json.contains("\"test\": \"DIT.neverRan\", \"result\": \"not run\""), json);
        assertTrue(json.contains("\"test\": \"DIT.e\", \"result\": \"passed\", \"passed\": 2"), json);
        assertTrue(json.contains("\"test\": \"LocalContractTest\", \"result\": \"passed\""), json);
        String markdown = Files.readString(root.resolve("docs/trust.md"));
        assertTrue(markdown.contains("| [P-CCC-1](#p-ccc-1) | not yet proven | 0 of 0 |"), markdown);
        assertTrue(markdown.contains("Not covered yet: the second half of E."), markdown);
    }

    Map<String, TrustPage.Result> results() throws Exception {
        Map<String, TrustPage.Result> results = new java.util.TreeMap<>();
        for (Path report : TrustPage.reports(root)) {
            TrustPage.readReport(report, results);
        }
        return results;
    }
}
