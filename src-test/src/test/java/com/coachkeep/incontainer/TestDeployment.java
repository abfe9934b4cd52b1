package com.coachkeep.incontainer;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.platform.ClockProducer;
import com.coachkeep.testing.TestServer;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the WAR the in-container tests run in (client side only). It holds the domain and application of
 * every context, the persistence adapter with the production persistence unit, the crypto adapter (the
 * repositories encrypt; it uses the server's key file, as the application does) with its libraries, the file store
 * (the erasure adapters delete files), the email adapter (the services need a MailPort), the audit trail's adapters,
 * the clock and the readiness checks' reader (the status use case needs it), but no platform start-up,
 * REST, identity or console classes: the application already deployed in the server owns the embedded database
 * and the schema. The export services are left out: they run on the file store and the export worker, which
 * belong to the deployed application (ExportIT covers them end to end); so is support's data request service, which uses
 * the export service, and the backup service, whose adapters run pg_dump for the deployed application (RestoreDrillIT
 * covers it end to end).
 */
final class TestDeployment {
    private TestDeployment() {
    }

    static WebArchive war(String name) {
        // The deployment waits for the application under test: its start-up migrates the schema used here.
        TestServer.awaitReady();
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "com.coachkeep.shared", "com.coachkeep.workspace", "com.coachkeep.roster", "com.coachkeep.audit",
                        "com.coachkeep.privacy", "com.coachkeep.support")
                .deleteClasses(com.coachkeep.privacy.application.service.DataExportService.class,
                        com.coachkeep.privacy.application.service.ExportSteps.class,
                        com.coachkeep.privacy.application.service.RunExportsService.class,
                        com.coachkeep.support.application.service.RunDataRequestService.class,
                        com.coachkeep.privacy.application.service.BackupService.class)
                // the outbox's ports (support works its dead letters), not the delivery services, which belong to the deployed
                // application's worker
                .addPackages(false, "com.coachkeep.notification.domain", "com.coachkeep.notification.application.port.in",
                        "com.coachkeep.notification.application.port.out")
                // the coaching contexts' domain and ports, for their repositories (not their services: their other adapters
                // belong to the deployed application)
                .addPackages(false, "com.coachkeep.training.domain", "com.coachkeep.training.application.port.in",
                        "com.coachkeep.training.application.port.out", "com.coachkeep.nutrition.domain",
                        "com.coachkeep.nutrition.application.port.in", "com.coachkeep.nutrition.application.port.out")
                .addPackages(true, "com.coachkeep.infrastructure.persistence")
                // nutrition's adapter to training's use case (a service, not deployed here)
                .deleteClass(com.coachkeep.infrastructure.persistence.nutrition.TrainingWorkoutCompliance.class)
                // the roster's plan limit is billing's to answer (a use case, not deployed here): no limit in these tests
                .deleteClass(com.coachkeep.infrastructure.persistence.roster.BillingClientLimit.class)
                .addClass(NoClientLimit.class)
                .addPackage("com.coachkeep.infrastructure.crypto")
                .addPackage("com.coachkeep.infrastructure.storage")
                .addAsLibraries(jarOf(com.google.crypto.tink.Aead.class), jarOf(com.google.protobuf.MessageLite.class),
                        jarOf(com.google.gson.Gson.class), jarOf(com.github.benmanes.caffeine.cache.Caffeine.class))
                .addPackage("com.coachkeep.infrastructure.email")
                .addPackage("com.coachkeep.infrastructure.audit")
                .addClass(ClockProducer.class)
                .addClass(com.coachkeep.infrastructure.platform.ReadinessHealth.class)
                .addClasses(Tx.class, Tx.Work.class, Db.class, Pages.class, Fixtures.class, MailFolder.class)
                .addAsResource(productionPersistenceUnit(), "META-INF/persistence.xml");
    }

    /** The library jar a class comes from (the test class path holds the same versions the WAR ships). */
    private static java.io.File jarOf(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** META-INF/persistence.xml of the infrastructure module, whether it is on the class path as a jar or a folder. */
    private static URL productionPersistenceUnit() {
        URL location = Persistence.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            String base = location.toExternalForm();
            return base.endsWith(".jar")
                    ? new URL("jar:" + base + "!/META-INF/persistence.xml")
                    : new URL(location, "META-INF/persistence.xml");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
