package com.coachkeep.infrastructure.platform;

import com.coachkeep.infrastructure.ai.AiSettings;
import com.coachkeep.infrastructure.crypto.CryptoSettings;
import com.coachkeep.infrastructure.email.MailSettings;
import com.coachkeep.infrastructure.storage.FileStoreSettings;
import com.coachkeep.support.application.port.in.ListSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.SubProcessorView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * At start-up, compares the third parties the configured adapters send data to with the public sub-processor list
 * (P-OWN-1). In production a third party that is not listed stops the server; in development it is a warning.
 */
@ApplicationScoped
public class SubProcessorCheck {
    private static final Logger LOG = Logger.getLogger(SubProcessorCheck.class.getName());

    @Inject
    Config config;

    @Inject
    ListSubProcessorsUseCase list;

    void check(@Observes PlatformReady ready) {
        List<SubProcessors.Use> uses = SubProcessors.configured(MailSettings.from(config), text(SubProcessors.SMTP_NAME),
                FileStoreSettings.from(config), text(SubProcessors.S3_NAME), CryptoSettings.from(config), AiSettings.from(config),
                com.coachkeep.infrastructure.stripe.StripeSettings.from(config));
        List<String> reasons = SubProcessors.notListed(uses, list.listCurrent().items().stream().map(SubProcessorView::service).toList());
        if (reasons.isEmpty()) {
            LOG.info(() -> "sub-processors of the configured adapters: " + (uses.isEmpty() ? "none (nothing leaves this machine)"
                    : uses.stream().map(u -> u.subProcessor() + " (" + u.adapter() + ")").toList()) + ", all on the public list");
            return;
        }
        String message = "Configured adapters send personal data beyond the public sub-processor list:"
                + String.join("", reasons.stream().map(r -> System.lineSeparator() + "  - " + r).toList());
        if (ready.developmentMode()) {
            LOG.warning(message);
            return;
        }
        LOG.severe(message);
        ServerHalt.haltSoon(1);
        throw new IllegalStateException(message);
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
