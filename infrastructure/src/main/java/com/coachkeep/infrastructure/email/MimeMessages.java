package com.coachkeep.infrastructure.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.codec.net.QuotedPrintableCodec;

/**
 * Builds the RFC 5322 message (multipart/alternative: plain text, then HTML) that SMTP and the folder transport send.
 *
 * <p>The message is written out as MIME text here and handed to Jakarta Mail already encoded, as a parsed message
 * whose header lines and content it writes back unchanged. Building it through Jakarta Mail's body parts instead costs a content-handler lookup
 * per part and a service-loader scan of the application's libraries per part and per encoding, on every email: about
 * half of the outbox's CPU per email ({@code docs/performance.md}, "Outbox throughput"). Headers are encoded by Jakarta
 * Mail's own {@link MimeUtility} and {@link InternetAddress} (RFC 2047 for non-ASCII names and subjects); the bodies
 * are sent as they are when they are short-lined ASCII, else in quoted-printable (Apache Commons Codec), line by line.
 */
public final class MimeMessages {
    private static final String CRLF = "\r\n";
    /** RFC 5322's limit on a line, without its CRLF. */
    private static final int MAX_LINE = 998;
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private MimeMessages() {
    }

    public static MimeMessage of(OutgoingMessage m, Session session) throws MessagingException {
        Written written = write(m);
        InternetHeaders lines = new InternetHeaders();
        for (String line : written.headerLines()) {
            lines.addHeaderLine(line);
        }
        // Handed over as a message read from a stream would be: saved and unmodified, so Jakarta Mail writes these
        // header lines and this content as they are. Not parsed from a stream: that looks its stream provider up too.
        return new MimeMessage(session) {
            {
                this.headers = lines;
                this.content = written.body();
                this.saved = true;
                this.modified = false;
            }

            @Override
            protected void updateMessageID() throws MessagingException {
                // the stable id derived from the idempotency key, never a fresh one
                setHeader("Message-ID", m.messageId());
            }
        };
    }

    /** The header lines (a folded header is one line with its folds) and the encoded body. */
    private record Written(List<String> headerLines, byte[] body) {
    }

    private static Written write(OutgoingMessage m) throws MessagingException {
        String boundary = "=_Part_" + UUID.randomUUID();
        List<String> h = new ArrayList<>(8 + m.headers().size());
        h.add(header("Date", DATE.format(ZonedDateTime.now(ZoneOffset.UTC))));
        h.add(header("From", address(m.fromAddress(), oneLine(m.fromName()))));
        h.add(header("To", address(m.to(), oneLine(m.toName()))));
        h.add(header("Message-ID", m.messageId()));
        try {
            h.add(header("Subject", MimeUtility.fold(9, MimeUtility.encodeText(oneLine(m.subject()), "UTF-8", null))));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        h.add(header("MIME-Version", "1.0"));
        h.add(header("Content-Type", "multipart/alternative; boundary=\"" + boundary + "\""));
        for (Map.Entry<String, String> e : m.headers().entrySet()) {
            h.add(header(e.getKey(), e.getValue()));
        }
        StringBuilder s = new StringBuilder(m.text().length() + m.html().length() + 512);
        part(s, boundary, "text/plain", m.text());
        part(s, boundary, "text/html", m.html());
        s.append("--").append(boundary).append("--").append(CRLF);
        return new Written(h, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String header(String name, String value) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c > 126) || !folded(value)) {
            throw new IllegalArgumentException("a header must be one line, or folded: " + name);
        }
        return name + ": " + value;
    }

    /** No line break in {@code value} but a fold (CRLF and a space or tab). */
    private static boolean folded(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (c == '\r') {
                if (i + 2 >= value.length() || value.charAt(i + 1) != '\n' || (value.charAt(i + 2) != ' ' && value.charAt(i + 2) != '\t')) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** A subject or a name as one line: control characters (a workspace's name could carry a line break) become spaces. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 127) {
                if (s == null) {
                    s = new StringBuilder(text);
                }
                s.setCharAt(i, ' ');
            }
        }
        return s == null ? text : s.toString();
    }

    private static String address(String address, String name) throws MessagingException {
        try {
            return new InternetAddress(address, name, "UTF-8").toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void part(StringBuilder s, String boundary, String type, String body) {
        String[] lines = body.split("\r\n|\r|\n", -1);
        boolean plain = true;
        for (String line : lines) {
            if (line.length() > MAX_LINE || !ascii(line)) {
                plain = false;
                break;
            }
        }
        s.append("--").append(boundary).append(CRLF);
        s.append("Content-Type: ").append(type).append("; charset=UTF-8").append(CRLF);
        s.append("Content-Transfer-Encoding: ").append(plain ? "7bit" : "quoted-printable").append(CRLF).append(CRLF);
        for (String line : lines) {
            s.append(plain ? line : quotedPrintable(line)).append(CRLF);
        }
    }

    /** One line in quoted-printable, soft-broken at 76 characters, trailing white space encoded (RFC 2045, 6.7). */
    private static String quotedPrintable(String line) {
        if (line.isEmpty()) {
            return line; // the codec answers null for nothing to encode
        }
        return new String(QuotedPrintableCodec.encodeQuotedPrintable(null, line.getBytes(StandardCharsets.UTF_8), true),
                StandardCharsets.US_ASCII);
    }

    private static boolean ascii(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > 126 || (c < 32 && c != '\t')) {
                return false;
            }
        }
        return true;
    }
}
