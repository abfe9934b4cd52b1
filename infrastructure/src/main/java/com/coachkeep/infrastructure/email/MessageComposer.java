package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.application.port.out.EmailDeliveryPort;
import com.coachkeep.shared.application.MailPort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a queued email into an {@link OutgoingMessage}: renders it, names the sender after the workspace
 * ("Summit Strength via Coachkeep"), derives the Message-ID from the idempotency key (so every retry of the same
 * email carries the same one), and adds the one-click List-Unsubscribe headers (RFC 2369, RFC 8058) to optional
 * emails.
 */
public final class MessageComposer {
    private final MailSettings settings;
    private final EmailRenderer renderer;
    private final String fromAddress;
    private final String fromName;

    public MessageComposer(MailSettings settings, EmailRenderer renderer) {
        this.settings = settings;
        this.renderer = renderer;
        String from = settings.from();
        if (from.contains("<")) {
            this.fromAddress = from.substring(from.indexOf('<') + 1, from.indexOf('>', from.indexOf('<'))).strip();
            String name = from.substring(0, from.indexOf('<')).strip().replaceAll("^\"|\"$", "");
            this.fromName = name.isEmpty() ? MailPort.Branding.PLATFORM_NAME : name;
        } else {
            this.fromAddress = from.strip();
            this.fromName = MailPort.Branding.PLATFORM_NAME;
        }
    }

    public OutgoingMessage compose(MailPort.Email email, EmailDeliveryPort.Unsubscribe unsubscribe) {
        String unsubscribeUrl = unsubscribe == null ? null : unsubscribeUrl(unsubscribe);
        String preferencesUrl = unsubscribe == null ? null : settings.appUrl() + "/settings/notifications";
        RenderedEmail rendered = renderer.render(email, new EmailRenderer.Links(unsubscribeUrl, preferencesUrl));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-generated");
        if (unsubscribeUrl != null) {
            headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        String sender = email.branding().name().equals(MailPort.Branding.PLATFORM_NAME) ? fromName
                : email.branding().name() + " via " + fromName;
        return new OutgoingMessage(fromAddress, sender, email.to().address().value(), email.to().name(), rendered.subject(),
                rendered.text(), rendered.html(), messageId(email.idempotencyKey()), headers, email.idempotencyKey(),
                email.template().id());
    }

    public String unsubscribeUrl(EmailDeliveryPort.Unsubscribe unsubscribe) {
        return settings.apiUrl() + "/email/unsubscribe?token=" + URLEncoder.encode(unsubscribe.token(), StandardCharsets.UTF_8)
                + "&category=" + unsubscribe.category().id();
    }

    /** {@code <hex of SHA-256(key), 40 chars>@<domain>}: the same key always gives the same Message-ID. */
    public String messageId(String idempotencyKey) {
        return "<" + sha256(idempotencyKey).substring(0, 40) + "@" + settings.messageIdDomain() + ">";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
