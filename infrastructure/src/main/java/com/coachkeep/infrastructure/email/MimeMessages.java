package com.coachkeep.infrastructure.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/** Builds the RFC 5322 message (multipart/alternative: plain text, then HTML) that SMTP and the folder transport send. */
public final class MimeMessages {
    private MimeMessages() {
    }

    public static MimeMessage of(OutgoingMessage m, Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the stable id derived from the idempotency key, never a fresh one
                setHeader("Message-ID", m.messageId());
            }
        };
        try {
            message.setFrom(new InternetAddress(m.fromAddress(), m.fromName(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to(), m.toName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setSubject(m.subject(), "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(m.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        for (var header : m.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.saveChanges();
        return message;
    }
}
