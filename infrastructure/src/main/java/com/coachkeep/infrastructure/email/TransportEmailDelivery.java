package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.application.port.out.EmailDeliveryPort;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Delivers through the transport {@code coachkeep.mail.transport} names: {@code file} (the development default),
 * {@code smtp} (the production default), {@code resend} or {@code sendgrid}. An unknown name, or a provider
 * without its API key, stops the application from starting rather than silently queuing mail nobody sends.
 */
@ApplicationScoped
public class TransportEmailDelivery implements EmailDeliveryPort {
    private static final Logger LOG = Logger.getLogger(TransportEmailDelivery.class.getName());

    @Inject
    Config config;

    private MessageComposer composer;
    private MailTransport transport;

    @PostConstruct
    void configure() {
        MailSettings settings = MailSettings.from(config);
        this.composer = new MessageComposer(settings, new EmailRenderer());
        this.transport = transportFor(settings);
        LOG.info(() -> "outgoing email: " + settings.transport() + " transport" + switch (settings.transport()) {
            case "file" -> ", written to " + settings.folder();
            case "smtp" -> ", " + settings.smtp().host() + ":" + settings.smtp().port();
            default -> "";
        });
    }

    static MailTransport transportFor(MailSettings settings) {
        return switch (settings.transport()) {
            case "file" -> new FileMailTransport(settings.folder());
            case "smtp" -> new SmtpMailTransport(settings.smtp());
            case "resend" -> new ResendMailTransport(settings.resend());
            case "sendgrid" -> new SendGridMailTransport(settings.sendGrid());
            default -> throw new IllegalStateException(MailSettings.TRANSPORT + " must be file, smtp, resend or sendgrid, was '"
                    + settings.transport() + "'");
        };
    }

    @Override
    public DeliveryOutcome deliver(MailPort.Email email, Unsubscribe unsubscribe) {
        return deliverAll(List.of(new Delivery(email, unsubscribe))).get(0);
    }

    /** Renders the batch, then hands every email that rendered to the transport at once (one SMTP connection). */
    @Override
    public List<DeliveryOutcome> deliverAll(List<Delivery> batch) {
        DeliveryOutcome[] outcomes = new DeliveryOutcome[batch.size()];
        List<OutgoingMessage> messages = new ArrayList<>(batch.size());
        List<Integer> positions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Delivery d = batch.get(i);
            try {
                messages.add(composer.compose(d.email(), d.unsubscribe()));
                positions.add(i);
            } catch (EmailRenderer.MissingTemplateException | com.samskivert.mustache.MustacheException e) {
                // the same template fails the same way on every retry
                outcomes[i] = new PermanentFailure("cannot render " + d.email().template().id() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                outcomes[i] = new TemporaryFailure("unexpected: " + e, null);
            }
        }
        if (!messages.isEmpty()) {
            List<DeliveryOutcome> sent = transport.sendAll(messages);
            for (int k = 0; k < positions.size(); k++) {
                outcomes[positions.get(k)] = sent.get(k);
            }
        }
        return Arrays.asList(outcomes);
    }

    @PreDestroy
    void close() {
        if (transport != null) {
            transport.close();
        }
    }
}
