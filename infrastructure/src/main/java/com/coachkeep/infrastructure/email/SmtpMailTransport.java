package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * SMTP through Jakarta Mail, the production default. Connections are kept open and reused by the workers (a small
 * pool, one connection per batch), reconnecting after any failure. An SMTP 5xx answer is permanent (the address or message is refused); a
 * 4xx answer, a refused or broken connection, a timeout or a failed login are temporary.
 */
public final class SmtpMailTransport implements MailTransport {
    /**
     * The sub-processor this adapter sends every email to (P-OWN-1): none for a relay on this machine (loopback), else
     * the service the operator names in {@code coachkeep.mail.smtp.sub-processor}, or {@code null} when they named none
     * (which the start-up check reports: an SMTP relay elsewhere is a third party).
     */
    public static java.util.Optional<String> subProcessor(MailSettings.Smtp smtp, java.util.Optional<String> named) {
        String host = smtp.host().strip().toLowerCase(java.util.Locale.ROOT);
        if (host.equals("localhost") || host.equals("::1") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(named.orElse(com.coachkeep.infrastructure.platform.SubProcessors.UNDECLARED));
    }
    private final Session session;
    private final MailSettings.Smtp smtp;
    /** A connection idle longer than this may have been closed by the server: it is probed (NOOP) before use. */
    static final Duration PROBE_AFTER_IDLE = Duration.ofSeconds(5);

    private final BlockingQueue<Pooled> idle;

    public SmtpMailTransport(MailSettings.Smtp smtp) {
        this.smtp = smtp;
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", String.valueOf(smtp.port()));
        String timeout = String.valueOf(smtp.timeout().toMillis());
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        p.put("mail." + protocol + ".auth", String.valueOf(smtp.username() != null));
        p.put("mail." + protocol + ".starttls.enable", String.valueOf(!smtp.starttls().equals("off")));
        p.put("mail." + protocol + ".starttls.required", String.valueOf(smtp.starttls().equals("required")));
        p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        this.session = Session.getInstance(p);
        this.idle = new ArrayBlockingQueue<>(Math.max(1, smtp.connections()));
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        return sendAll(List.of(message)).get(0);
    }

    /**
     * The whole batch over one connection taken from the pool (or opened), one SMTP transaction per message
     * (Jakarta Mail does not pipeline). A connection in use is not probed between messages (no NOOP per message);
     * one that sat idle longer than {@link #PROBE_AFTER_IDLE} is probed once before use. After a failure the
     * connection is dropped and the next message opens a new one; a message whose reused connection broke without an
     * SMTP reply (the server closed it) is tried once more on a new connection. When no connection can be opened, the
     * rest of the batch fails the same way at once instead of waiting out the connect timeout for each message.
     */
    @Override
    public List<DeliveryOutcome> sendAll(List<OutgoingMessage> messages) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(messages.size());
        Pooled pooled = idle.poll();
        Transport transport = pooled == null ? null : pooled.transport();
        boolean probe = pooled != null && System.nanoTime() - pooled.lastUsed() > PROBE_AFTER_IDLE.toNanos();
        DeliveryOutcome unreachable = null;
        for (OutgoingMessage message : messages) {
            if (unreachable != null) {
                outcomes.add(unreachable);
                continue;
            }
            MimeMessage mime;
            try {
                mime = MimeMessages.of(message, session);
            } catch (MessagingException | RuntimeException e) {
                outcomes.add(classify(e));
                continue;
            }
            if (transport != null && probe) {
                probe = false;
                if (!transport.isConnected()) {
                    closeQuietly(transport);
                    transport = null;
                }
            }
            DeliveryOutcome outcome = null;
            // a reused connection the server has closed in the meantime fails without a reply code: once, on a new one
            for (int attempt = 0; outcome == null; attempt++) {
                boolean reused = transport != null;
                if (transport == null) {
                    try {
                        transport = session.getTransport();
                        transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
                    } catch (MessagingException | RuntimeException e) {
                        closeQuietly(transport);
                        transport = null;
                        unreachable = classify(e);
                        outcome = unreachable;
                        break;
                    }
                }
                try {
                    transport.sendMessage(mime, mime.getAllRecipients());
                    outcome = new Accepted(message.messageId());
                } catch (MessagingException | RuntimeException e) {
                    closeQuietly(transport);
                    transport = null;
                    if (!reused || attempt > 0 || replyCode(e) > 0) {
                        outcome = classify(e);
                    }
                }
            }
            outcomes.add(outcome);
        }
        if (transport != null && !idle.offer(new Pooled(transport, System.nanoTime()))) {
            closeQuietly(transport);
        }
        return outcomes;
    }

    /** An open connection and when it was last used ({@link System#nanoTime()}). */
    private record Pooled(Transport transport, long lastUsed) {
    }

    /** 5xx replies are permanent, everything else may work later. */
    static DeliveryOutcome classify(Exception e) {
        int code = replyCode(e);
        String reason = (code > 0 ? "SMTP " + code + ": " : "") + describe(e);
        if (code >= 500 && code < 600) {
            return new PermanentFailure(reason);
        }
        if (code <= 0 && e instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0) {
            return new PermanentFailure(reason);
        }
        return new TemporaryFailure(reason, null);
    }

    /**
     * The SMTP reply code carried by the exception or one it wraps. Read reflectively: the implementation's
     * exception classes (SMTPSendFailedException, SMTPAddressFailedException) are not part of the Jakarta Mail API.
     */
    static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause()) {
            try {
                Object code = t.getClass().getMethod("getReturnCode").invoke(t);
                if (code instanceof Integer i && i > 0) {
                    return i;
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // no reply code on this one
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return -1;
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(String.valueOf(e.getMessage()).strip());
        Throwable cause = e instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : e.getCause();
        if (cause != null && cause != e) {
            s.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(")");
        }
        return s.toString();
    }

    private static void closeQuietly(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException ignored) {
                // it is being thrown away
            }
        }
    }

    @Override
    public void close() {
        Pooled p;
        while ((p = idle.poll()) != null) {
            closeQuietly(p.transport());
        }
    }
}
