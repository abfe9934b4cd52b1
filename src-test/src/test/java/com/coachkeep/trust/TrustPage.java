package com.coachkeep.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The trust page, generated from the tests (P-REL-1): every promise of {@code docs/promises.md}, the tests tagged
 * {@code promise:<id>} (a JUnit {@code @Tag} or a display name) and their last result in the surefire and failsafe
 * reports of every module, and what is not covered yet. The build runs it after the integration tests; it writes
 * {@code trust.json} and {@code trust.md} into {@code src-test/target/trust}, and into {@code docs/} as well when asked
 * ({@code -Dcoachkeep.trust.update=true}), from where the server serves the last committed page at {@code /trust}.
 *
 * <p>JUnit's reports carry no tags, so the tags are read from the test sources and matched to the reports by class
 * and method name; a tag on a class covers all its tests and those of its subclasses. A promise is shown as proven
 * only when at least one of its tests passed in this run and none failed: without a passing test it is "not yet
 * proven", never kept.
 */
public final class TrustPage {
    static final Pattern HEADING = Pattern.compile("^### (P-[A-Z]+-\\d+)\\s*$");
    static final Pattern PROMISE_TAG = Pattern.compile("@(?:Tag|DisplayName)\\(\"[^\"]*?promise:(P-[A-Z]+-\\d+)[^\"]*\"\\)");
    static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+(\\w+)(?:<[^>{]*>)?(?:\\s+extends\\s+(\\w+))?");
    static final Pattern METHOD = Pattern.compile("\\b(?:void|[A-Z]\\w*(?:<[^>]*>)?)\\s+(\\w+)\\s*\\(");
    static final String NOT_COVERED = "Not covered yet:";

    /** One promise as docs/promises.md states it. */
    public record Promise(String id, String text, String notCovered) {
    }

    /** The results of one test (a method, or every test of a tagged class). */
    public record Result(int passed, int failed, int skipped) {
        Result plus(Result other) {
            return new Result(passed + other.passed, failed + other.failed, skipped + other.skipped);
        }

        String word() {
            return failed > 0 ? "failed" : passed > 0 ? "passed" : skipped > 0 ? "skipped" : "not run";
        }
    }

    /** A test that proves a promise, with its result in this build. */
    public record Proof(String test, Result result) {
    }

    /** A promise, its proofs and its status. */
    public record Entry(Promise promise, List<Proof> proofs, String status) {
    }

    private TrustPage() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Path out = Path.of(args.length > 1 ? args[1] : "target/trust").toAbsolutePath().normalize();
        boolean update = args.length > 2 && Boolean.parseBoolean(args[2]);
        List<Promise> promises = promises(Files.readString(root.resolve("docs/promises.md")));
        Map<String, Set<String>> tags = tags(testSources(root));
        Map<String, Result> results = new TreeMap<>();
        int reports = 0;
        for (Path report : reports(root)) {
            reports += readReport(report, results) ? 1 : 0;
        }
        List<Entry> entries = entries(promises, tags, results);
        String json = json(entries, reports, results.size());
        String markdown = markdown(entries);
        Files.createDirectories(out);
        Files.writeString(out.resolve("trust.json"), json);
        Files.writeString(out.resolve("trust.md"), markdown);
        if (update) {
            Files.writeString(root.resolve("docs/trust.json"), json);
            Files.writeString(root.resolve("docs/trust.md"), markdown);
        }
        Map<String, Long> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.status(), 1L, Long::sum));
        System.out.println("trust page: " + entries.size() + " promises " + counts + " from " + reports + " test reports; "
                + (update ? root.resolve("docs/trust.md") + " updated" : out.resolve("trust.md")));
    }

    /** Each "### P-…" heading of docs/promises.md, the paragraph under it and its "Not covered yet:" paragraph. */
    static List<Promise> promises(String markdown) {
        List<Promise> promises = new ArrayList<>();
        String id = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (markdown + "\n## end\n").split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            boolean sectionEnds = heading.matches() || line.startsWith("## ") || line.startsWith("# ");
            if (line.isBlank() || sectionEnds) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString().strip());
                    paragraph.setLength(0);
                }
            } else if (id != null) {
                paragraph.append(line.strip()).append(' ');
            }
            if (sectionEnds) {
                if (id != null) {
                    String text = paragraphs.stream().filter(p -> !p.startsWith(NOT_COVERED)).findFirst().orElse("");
                    String gaps = paragraphs.stream().filter(p -> p.startsWith(NOT_COVERED))
                            .map(p -> p.substring(NOT_COVERED.length()).strip()).findFirst().orElse("");
                    promises.add(new Promise(id, text, gaps));
                }
                id = heading.matches() ? heading.group(1) : null;
                paragraphs.clear();
            }
        }
        return promises;
    }

    static List<Path> testSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 12)) {
            return files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/")
                    && !p.toString().contains("/target/")).sorted().toList();
        }
    }

    static List<Path> reports(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 5)) {
            return files.filter(p -> {
                String s = p.toString();
                String name = p.getFileName().toString();
                return (s.contains("/target/surefire-reports/") || s.contains("/target/failsafe-reports/"))
                        && name.startsWith("TEST-") && name.endsWith(".xml");
            }).sorted().toList();
        }
    }

    /**
     * Promise id to the tests tagged with it: "Class" for a tagged class (and each of its subclasses, whose reports
     * name them), "Class.method" for a tagged method (and the same method of each subclass).
     */
    static Map<String, Set<String>> tags(List<Path> sources) {
        Map<String, List<String>> classTags = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> methodTags = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (Path source : sources) {
            String code;
            try {
                code = Files.readString(source, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            readTags(code, classTags, methodTags, parents);
        }
        Map<String, Set<String>> byPromise = new TreeMap<>();
        for (String type : allTypes(classTags, methodTags, parents)) {
            Set<String> seen = new LinkedHashSet<>();
            for (String ancestor = type; ancestor != null && seen.add(ancestor); ancestor = parents.get(ancestor)) {
                for (String promise : classTags.getOrDefault(ancestor, List.of())) {
                    byPromise.computeIfAbsent(promise, k -> new LinkedHashSet<>()).add(type);
                }
                for (Map.Entry<String, List<String>> m : methodTags.getOrDefault(ancestor, Map.of()).entrySet()) {
                    for (String promise : m.getValue()) {
                        byPromise.computeIfAbsent(promise, k -> new LinkedHashSet<>()).add(type + "." + m.getKey());
                    }
                }
            }
        }
        return byPromise;
    }

    private static Set<String> allTypes(Map<String, List<String>> classTags, Map<String, Map<String, List<String>>> methodTags,
            Map<String, String> parents) {
        Set<String> types = new LinkedHashSet<>(parents.keySet());
        types.addAll(classTags.keySet());
        types.addAll(methodTags.keySet());
        return types;
    }

    /** The tags of one source file: those before the top-level type go to the type, those after to the next method. */
    static void readTags(String source, Map<String, List<String>> classTags, Map<String, Map<String, List<String>>> methodTags,
            Map<String, String> parents) {
        // comments that start a line (Javadoc, block and line comments) may name classes and tags in prose
        String code = source.replaceAll("(?ms)^\\s*/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        Matcher type = TYPE.matcher(code);
        if (!type.find()) {
            return;
        }
        String name = type.group(1);
        if (type.group(2) != null) {
            parents.put(name, type.group(2));
        } else {
            parents.putIfAbsent(name, null);
        }
        Matcher tag = PROMISE_TAG.matcher(code);
        while (tag.find()) {
            if (tag.start() < type.start()) {
                classTags.computeIfAbsent(name, k -> new ArrayList<>()).add(tag.group(1));
                continue;
            }
            Matcher method = METHOD.matcher(code);
            if (method.find(tag.end())) {
                methodTags.computeIfAbsent(name, k -> new LinkedHashMap<>())
                        .computeIfAbsent(method.group(1), k -> new ArrayList<>()).add(tag.group(1));
            }
        }
    }

    /** Adds the report's test cases ("Class.method" by simple class name) to the results; false when unreadable. */
    static boolean readReport(Path report, Map<String, Result> results) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(report.toFile());
            NodeList cases = doc.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                String className = c.getAttribute("classname");
                String simple = className.substring(className.lastIndexOf('.') + 1);
                simple = simple.substring(simple.lastIndexOf('$') + 1);
                String method = c.getAttribute("name").split("[({\\[ ]", 2)[0];
                boolean failed = c.getElementsByTagName("failure").getLength() > 0 || c.getElementsByTagName("error").getLength() > 0;
                boolean skipped = c.getElementsByTagName("skipped").getLength() > 0;
                Result r = new Result(failed || skipped ? 0 : 1, failed ? 1 : 0, skipped && !failed ? 1 : 0);
                results.merge(simple + "." + method, r, Result::plus);
            }
            return true;
        } catch (Exception e) {
            System.out.println("trust page: skipped unreadable report " + report.getFileName() + " (" + e.getMessage() + ")");
            return false;
        }
    }

    static List<Entry> entries(List<Promise> promises, Map<String, Set<String>> tags, Map<String, Result> results) {
        List<Entry> entries = new ArrayList<>();
        for (Promise promise : promises) {
            List<Proof> proofs = new ArrayList<>();
            Result total = new Result(0, 0, 0);
            for (String test : tags.getOrDefault(promise.id(), Set.of())) {
                Result r = resultOf(test, results);
                proofs.add(new Proof(test, r));
                total = total.plus(r);
            }
            String status;
            if (total.failed() > 0) {
                status = "failing";
            } else if (total.passed() == 0) {
                status = "not yet proven";
            } else if (!promise.notCovered().isBlank()) {
                status = "partly proven";
            } else {
                status = "proven";
            }
            entries.add(new Entry(promise, proofs, status));
        }
        return entries;
    }

    /** A method's own result, or, for a tagged class, the sum over its methods. */
    static Result resultOf(String test, Map<String, Result> results) {
        if (test.contains(".")) {
            return results.getOrDefault(test, new Result(0, 0, 0));
        }
        Result sum = new Result(0, 0, 0);
        for (Map.Entry<String, Result> r : results.entrySet()) {
            if (r.getKey().startsWith(test + ".")) {
                sum = sum.plus(r.getValue());
            }
        }
        return sum;
    }

    static String json(List<Entry> entries, int reports, int testCases) {
        StringBuilder s = new StringBuilder("{\n  \"generatedAt\": \"").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append("\",\n  \"reports\": ").append(reports).append(",\n  \"testCases\": ").append(testCases)
                .append(",\n  \"promises\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(quote(e.promise().id()))
                    .append(", \"status\": ").append(quote(e.status()))
                    .append(",\n     \"promise\": ").append(quote(e.promise().text()))
                    .append(",\n     \"notCovered\": ").append(quote(e.promise().notCovered()))
                    .append(",\n     \"tests\": [");
            for (int j = 0; j < e.proofs().size(); j++) {
                Proof p = e.proofs().get(j);
                s.append(j == 0 ? "\n" : ",\n").append("       {\"test\": ").append(quote(p.test()))
                        .append(", \"result\": ").append(quote(p.result().word()))
                        .append(", \"passed\": ").append(p.result().passed())
                        .append(", \"failed\": ").append(p.result().failed())
                        .append(", \"skipped\": ").append(p.result().skipped()).append('}');
            }
            s.append(e.proofs().isEmpty() ? "]}" : "\n     ]}");
        }
        return s.append("\n  ]\n}\n").toString();
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    static String markdown(List<Entry> entries) {
        StringBuilder s = new StringBuilder("# The trust page: Coachkeep's promises and the tests that prove them\n\n")
                .append("Generated by the build from the test results (`src-test`: `com.coachkeep.trust.TrustPage`); do not edit. ")
                .append("The server serves it at `/trust` (JSON at `/trust.json`). A promise is **proven** when at least one test ")
                .append("tagged with it passed in the build and none failed, **partly proven** when what is not covered yet ")
                .append("is written beside it, **failing** when one of its tests failed, and **not yet proven** when no ")
                .append("test of it passed. The promises and what is not covered come from [promises.md](promises.md).\n\n")
                .append("| promise | status | tests passed |\n|---|---|---|\n");
        for (Entry e : entries) {
            long passing = e.proofs().stream().filter(p -> p.result().word().equals("passed")).count();
            s.append("| [").append(e.promise().id()).append("](#").append(e.promise().id().toLowerCase()).append(") | ")
                    .append(e.status()).append(" | ").append(passing).append(" of ").append(e.proofs().size()).append(" |\n");
        }
        for (Entry e : entries) {
            s.append("\n## ").append(e.promise().id()).append("\n\n").append(e.promise().text()).append("\n\n**Status: ")
                    .append(e.status()).append(".**\n");
            if (!e.promise().notCovered().isBlank()) {
                s.append("\nNot covered yet: ").append(e.promise().notCovered()).append('\n');
            }
            if (e.proofs().isEmpty()) {
                s.append("\nNo test is tagged `promise:").append(e.promise().id()).append("` yet.\n");
            } else {
                s.append("\n| test | result |\n|---|---|\n");
                for (Proof p : e.proofs()) {
                    Result r = p.result();
                    String detail = r.passed() + r.failed() + r.skipped() > 1
                            ? " (" + r.passed() + " passed, " + r.failed() + " failed, " + r.skipped() + " skipped)" : "";
                    s.append("| `").append(p.test()).append("` | ").append(r.word()).append(detail).append(" |\n");
                }
            }
        }
        return s.toString();
    }
}
