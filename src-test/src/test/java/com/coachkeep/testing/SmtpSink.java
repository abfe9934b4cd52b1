package com.coachkeep.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least an SMTP server can be: it accepts every message on loopback and keeps only its recipient and Message-ID,
 * nothing else (no parsing, no mailboxes). For measuring how fast the outbox sends when the SMTP server costs next to
 * nothing, beside GreenMail, which stores and indexes every message. Not for anything but loopback.
 */
public final class SmtpSink implements AutoCloseable {
    /** One accepted message. */
    public record Received(String recipient, String messageId) {
    }

    private final ServerSocket server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });

    public SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Messages accepted so far. */
    public int count() {
        return count.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets what was received. */
    public void clear() {
        received.clear();
        count.set(0);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String verb = (line.length() > 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String[] messageId = new String[1];
                        if (!readMessage(in, messageId)) {
                            return; // the client went away mid-message: nothing was accepted
                        }
                        received.add(new Received(recipient, messageId[0]));
                        count.incrementAndGet();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // HELO, RSET, NOOP
                }
            }
        } catch (IOException | RuntimeException closed) {
            // the client went away
        }
    }

    /**
     * Reads the message up to its closing dot, its Message-ID (folded lines joined) into {@code messageId[0]}; false
     * when the connection ended before the dot.
     */
    private static boolean readMessage(BufferedReader in, String[] messageId) throws IOException {
        boolean inHeaders = true;
        boolean inMessageId = false;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals(".")) {
                return true;
            }
            if (!inHeaders) {
                continue;
            }
            if (line.isEmpty()) {
                inHeaders = false;
            } else if (inMessageId && (line.startsWith(" ") || line.startsWith("\t"))) {
                messageId[0] = (messageId[0] + line.strip()).strip();
            } else {
                inMessageId = line.regionMatches(true, 0, "Message-ID:", 0, 11);
                if (inMessageId) {
                    messageId[0] = line.substring(11).strip();
                }
            }
        }
        return false;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
