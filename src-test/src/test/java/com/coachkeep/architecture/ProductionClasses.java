package com.coachkeep.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled production classes of every module (not the generated SDK), imported once for all architecture tests. */
final class ProductionClasses {
    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(location -> !location.contains("/coachkeep-sdk") && !location.contains("/sdk/target/"))
                    // infrastructure's test classes reach src-test as a test-jar (ImageFixtures, RedisServer), which the
                    // option above does not recognise as tests
                    .withImportOption(location -> !location.contains("-tests.jar"))
                    .importPackages("com.coachkeep");
        }
        return classes;
    }
}
