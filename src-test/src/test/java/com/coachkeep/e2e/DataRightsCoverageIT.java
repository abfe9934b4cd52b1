package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The data-rights contract, checked against the real schema: every table of the data ({@code public}) and of the keys
 * ({@code keystore}) is erased by some {@link PersonalDataErasurePort} and exported by some
 * {@link PersonalDataExportPort} found on the class path, or is exempted with the reason by the feature that owns it (a
 * {@link DataRightsExemptionPort} in its own packages; no list here). A feature that adds a table without plugging into
 * both fails here, naming the table. See docs/data-rights.md.
 *
 * <p>An implementation declares its tables in a {@code public static final List<String> TABLES} (or answers
 * {@code tables()} without needing the container); tables of the {@code keystore} schema are named with the schema.
 */
@Tag("promise:P-DEL-1")
@Tag("promise:P-DEL-2")
class DataRightsCoverageIT {
    /** Tables no erasure needs to cover, and why, as the features that own them declare ({@link DataRightsExemptionPort}). */
    static Map<String, String> notErased;
    /** Tables no export needs to cover, and why, likewise. */
    static Map<String, String> notExported;

    /**
     * Tables whose export is still to come: none today. The set may only shrink; a feature that cannot export a table
     * at once names it here, and the test fails as soon as an export implementation covers it.
     */
    static final Set<String> EXPORT_PENDING = Set.of();

    static Set<String> catalog;
    static Map<String, List<String>> erasedBy;
    static Map<String, List<String>> exportedBy;

    @BeforeAll
    static void read() throws Exception {
        catalog = new TreeSet<>();
        try (Connection c = SchemaIT.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select table_schema, table_name from information_schema.tables "
                        + "where table_type = 'BASE TABLE' and table_schema in ('public', 'keystore')")) {
            while (rs.next()) {
                catalog.add(rs.getString(1).equals("public") ? rs.getString(2) : rs.getString(1) + "." + rs.getString(2));
            }
        }
        assertTrue(catalog.contains("workspace") && catalog.contains("keystore.data_key"), "the catalog was not read: " + catalog);
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.coachkeep");
        erasedBy = coverage(classes, PersonalDataErasurePort.class);
        exportedBy = coverage(classes, PersonalDataExportPort.class);
        notErased = new TreeMap<>();
        notExported = new TreeMap<>();
        for (DataRightsExemptionPort exemption : implementations(classes, DataRightsExemptionPort.class)) {
            declare(notErased, exemption.notErased(), exemption);
            declare(notExported, exemption.notExported(), exemption);
        }
        assertFalse(notErased.isEmpty(), "no exemption was found on the class path");
        assertFalse(erasedBy.isEmpty(), "no erasure implementation was found on the class path");
    }

    @Test
    void everyTableIsErasedByAFeatureOrExemptForAStatedReason() {
        List<String> gaps = new ArrayList<>();
        for (String table : catalog) {
            if (!erasedBy.containsKey(table) && !notErased.containsKey(table)) {
                gaps.add(table + " is erased by no PersonalDataErasurePort");
            }
        }
        gaps.addAll(unknown(erasedBy, "an erasure implementation"));
        gaps.addAll(unknown(notErased, "an exemption from erasure"));
        for (String table : notErased.keySet()) {
            if (erasedBy.containsKey(table)) {
                gaps.add(table + " is erased by " + erasedBy.get(table) + ": its owner need not exempt it");
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps) + "\n(erasure coverage: " + erasedBy + ")");
    }

    @Test
    void everyTableIsExportedByAFeatureOrExemptOrKnownToBePending() {
        List<String> gaps = new ArrayList<>();
        for (String table : catalog) {
            if (!exportedBy.containsKey(table) && !notExported.containsKey(table) && !EXPORT_PENDING.contains(table)) {
                gaps.add(table + " is exported by no PersonalDataExportPort");
            }
        }
        gaps.addAll(unknown(exportedBy, "an export implementation"));
        gaps.addAll(unknown(notExported, "an exemption from export"));
        for (String table : EXPORT_PENDING) {
            if (!catalog.contains(table)) {
                gaps.add("EXPORT_PENDING names " + table + ", which is no table");
            }
            if (exportedBy.containsKey(table)) {
                gaps.add(table + " is exported by " + exportedBy.get(table) + ": remove it from EXPORT_PENDING");
            }
            if (notExported.containsKey(table)) {
                gaps.add(table + " is both pending and exempt");
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps) + "\n(export coverage: " + exportedBy + ")");
    }

    /** Adds a feature's exemptions; a table two features exempt is a mistake of one of them. */
    private static void declare(Map<String, String> all, Map<String, String> declared, Object by) {
        declared.forEach((table, why) -> {
            assertTrue(why != null && !why.isBlank(), by.getClass().getSimpleName() + " exempts " + table + " without a reason");
            assertTrue(all.put(table, why) == null, table + " is exempted twice (again by " + by.getClass().getSimpleName() + ")");
        });
    }

    /** An instance of every concrete implementation of {@code port} under the infrastructure (built without the container). */
    private static <T> List<T> implementations(com.tngtech.archunit.core.domain.JavaClasses classes, Class<T> port) throws Exception {
        List<T> found = new ArrayList<>();
        for (JavaClass jc : classes) {
            if (jc.isAssignableTo(port) && !jc.isInterface() && !jc.getModifiers().contains(JavaModifier.ABSTRACT)
                    && jc.getPackageName().startsWith("com.coachkeep.infrastructure")) {
                found.add(port.cast(Class.forName(jc.getName()).getDeclaredConstructor().newInstance()));
            }
        }
        return found;
    }

    private static List<String> unknown(Map<String, ?> named, String where) {
        return named.keySet().stream().filter(t -> !catalog.contains(t)).map(t -> where + " names " + t + ", which is no table").toList();
    }

    /** Table → the implementations (concrete classes under the infrastructure) that declare it. */
    private static Map<String, List<String>> coverage(com.tngtech.archunit.core.domain.JavaClasses classes, Class<?> port)
            throws Exception {
        Map<String, List<String>> by = new TreeMap<>();
        for (JavaClass jc : classes) {
            if (!jc.isAssignableTo(port) || jc.isInterface() || jc.getModifiers().contains(JavaModifier.ABSTRACT)
                    || !jc.getPackageName().startsWith("com.coachkeep.infrastructure")) {
                continue;
            }
            Class<?> type = Class.forName(jc.getName());
            for (String table : tables(type, port)) {
                by.computeIfAbsent(table, k -> new ArrayList<>()).add(type.getSimpleName());
            }
        }
        return by;
    }

    @SuppressWarnings("unchecked")
    private static List<String> tables(Class<?> type, Class<?> port) throws Exception {
        try {
            Field f = type.getField("TABLES");
            if (Modifier.isStatic(f.getModifiers())) {
                return (List<String>) f.get(null);
            }
        } catch (NoSuchFieldException e) {
            // no constant: ask an instance (tables() must not need the container)
        }
        Object instance = type.getDeclaredConstructor().newInstance();
        return port == PersonalDataErasurePort.class ? ((PersonalDataErasurePort) instance).tables()
                : ((PersonalDataExportPort) instance).tables();
    }
}
