package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@link PersonalDataExportPort} found on the class path, or is named below with the reason it is not. A feature that
 * adds a table without plugging into both fails here, naming the table. See docs/data-rights.md.
 *
 * <p>An implementation declares its tables in a {@code public static final List<String> TABLES} (or answers
 * {@code tables()} without needing the container); tables of the {@code keystore} schema are named with the schema.
 */
@Tag("promise:P-DEL-1")
@Tag("promise:P-DEL-2")
class DataRightsCoverageIT {
    /** Tables no erasure needs to cover, and why. */
    static final Map<String, String> NOT_ERASED = Map.ofEntries(
            Map.entry("databasechangelog", "Liquibase's record of applied changesets: no personal data"),
            Map.entry("databasechangeloglock", "Liquibase's lock: no personal data"),
            Map.entry("person", "the global directory of sign-in identities, not workspace data: a person may belong to several workspaces; "
                    + "account deletion (DELETE /api/v1/me) keeps the row for the records that point at it but clears every "
                    + "identifying column (PersonRepository.erase)"),
            Map.entry("workspace_deletion", "the progress of a deletion (ids, counts, times; no content), forgotten 30 days after it finished"),
            Map.entry("keystore.account_tombstone", "the record of account deletions (a person id and a time; no personal data), which "
                    + "must outlive them so a restored backup can replay them"),
            Map.entry("keystore.tombstone", "the record of deletions (kinds, ids, times; no personal data), which must outlive them so a "
                    + "restored backup can replay them"),
            Map.entry("security_report", "vulnerability reports from the public: the platform's security record, not data of any workspace "
                    + "or client (a reporter's optional email is theirs to give)"),
            Map.entry("rate_limit_bucket", "the API's rate-limit token buckets, keyed by hashes (no identifier of anyone), forgotten "
                    + "once full again"),
            Map.entry("abuse_flag", "the platform's security record of rate limits crossed (an internal person or workspace id, or a "
                    + "client address; no names, emails or content), for security officers"),
            Map.entry("sub_processor", "the public list of sub-processors: no personal data"),
            Map.entry("exercise_catalogue", "the global exercise catalogue that ships with Coachkeep: no workspace's or person's data"),
            Map.entry("sub_processor_announcement", "the progress of an announcement job (a cursor and counts): no personal data"),
            Map.entry("incident", "security incidents as the platform records them: what happened, no personal data"),
            Map.entry("incident_update", "public updates of an incident: no personal data"),
            Map.entry("incident_workspace", "which workspaces an incident affected (ids only); removed with the workspace by its "
                    + "foreign key's cascade"));

    /** Tables no export needs to cover, and why. */
    static final Map<String, String> NOT_EXPORTED = Map.ofEntries(
            Map.entry("databasechangelog", "Liquibase's record of applied changesets"),
            Map.entry("databasechangeloglock", "Liquibase's lock"),
            Map.entry("idempotency_record", "remembered responses of retried requests: what the API answered, encrypted, about records "
                    + "that their own features export; erased with the workspace, the client and the account, and deleted after 24 hours"),
            Map.entry("workspace_deletion", "a deletion's progress, readable through the API"),
            Map.entry("outbox_message", "emails waiting to be sent, cleared once delivered: transport, not the business's data"),
            Map.entry("audit_chain_head", "the hash chain's bookkeeping (a sequence and a hash)"),
            Map.entry("keystore.data_key", "wrapped key material: never leaves the keystore"),
            Map.entry("keystore.tombstone", "the record of deletions"),
            Map.entry("keystore.account_tombstone", "the record of account deletions"),
            Map.entry("data_export", "the export requests themselves (ids, states, times): the archive is the export"),
            Map.entry("security_report", "vulnerability reports from the public: the platform's security record, not data of any workspace "
                    + "or client (a reporter's optional email is theirs to give)"),
            Map.entry("rate_limit_bucket", "the API's rate-limit token buckets, keyed by hashes (no identifier of anyone), forgotten "
                    + "once full again"),
            Map.entry("abuse_flag", "the platform's security record of rate limits crossed (an internal person or workspace id, or a "
                    + "client address; no names, emails or content), for security officers"),
            Map.entry("sub_processor", "the public list of sub-processors: no personal data"),
            Map.entry("exercise_catalogue", "the global exercise catalogue that ships with Coachkeep: no workspace's or person's data"),
            Map.entry("sub_processor_announcement", "the progress of an announcement job (a cursor and counts): no personal data"),
            Map.entry("incident", "security incidents as the platform records them: what happened, no personal data"),
            Map.entry("incident_update", "public updates of an incident: no personal data"),
            Map.entry("incident_workspace", "which workspaces an incident affected (ids only); removed with the workspace by its "
                    + "foreign key's cascade"));

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
        assertFalse(erasedBy.isEmpty(), "no erasure implementation was found on the class path");
    }

    @Test
    void everyTableIsErasedByAFeatureOrExemptForAStatedReason() {
        List<String> gaps = new ArrayList<>();
        for (String table : catalog) {
            if (!erasedBy.containsKey(table) && !NOT_ERASED.containsKey(table)) {
                gaps.add(table + " is erased by no PersonalDataErasurePort");
            }
        }
        gaps.addAll(unknown(erasedBy, "an erasure implementation"));
        gaps.addAll(unknown(NOT_ERASED, "NOT_ERASED"));
        for (String table : NOT_ERASED.keySet()) {
            if (erasedBy.containsKey(table)) {
                gaps.add(table + " is erased by " + erasedBy.get(table) + ": remove it from NOT_ERASED");
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps) + "\n(erasure coverage: " + erasedBy + ")");
    }

    @Test
    void everyTableIsExportedByAFeatureOrExemptOrKnownToBePending() {
        List<String> gaps = new ArrayList<>();
        for (String table : catalog) {
            if (!exportedBy.containsKey(table) && !NOT_EXPORTED.containsKey(table) && !EXPORT_PENDING.contains(table)) {
                gaps.add(table + " is exported by no PersonalDataExportPort");
            }
        }
        gaps.addAll(unknown(exportedBy, "an export implementation"));
        gaps.addAll(unknown(NOT_EXPORTED, "NOT_EXPORTED"));
        for (String table : EXPORT_PENDING) {
            if (!catalog.contains(table)) {
                gaps.add("EXPORT_PENDING names " + table + ", which is no table");
            }
            if (exportedBy.containsKey(table)) {
                gaps.add(table + " is exported by " + exportedBy.get(table) + ": remove it from EXPORT_PENDING");
            }
            if (NOT_EXPORTED.containsKey(table)) {
                gaps.add(table + " is both pending and exempt");
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps) + "\n(export coverage: " + exportedBy + ")");
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
