package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.messaging.application.port.in.MessageView;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.Refusal;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The live streams of conversations open on this node, fed by PostgreSQL {@code LISTEN}: one dedicated connection per
 * node listens on the channel every node's sends {@code NOTIFY} on at commit, so a message sent through any node reaches
 * the listeners of every node. Nothing is kept in memory but who listens and the last event each was sent: an event is
 * the stored message, read again from the database for each stream, after the stream's caller is resolved again from
 * the database (their membership, role and whether they may read the client), so a removed participant receives nothing
 * more and their stream is closed. A reconnecting listener names its last event and gets everything after it.
 *
 * <p>While the listening connection is away (the database restarting), streams miss notifications, not events: when it
 * is back every stream catches up from its last event. Every {@value #SWEEP_SECONDS} seconds without notifications, each
 * stream is checked anyway (a removed caller's stream ends without waiting for a message) and sent a comment to keep
 * proxies from closing it.
 */
@ApplicationScoped
public class ConversationStreams {
    private static final Logger LOG = Logger.getLogger(ConversationStreams.class.getName());
    static final String CHANNEL = "coachkeep_conversation";
    static final int SWEEP_SECONDS = 15;
    static final int BATCH = 100;

    @Resource(lookup = "jdbc/coachkeepNonJta")
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threads;
    @Resource
    ManagedExecutorService executor;
    @Inject
    ConversationEventReads reads;

    private final Map<String, Set<Stream>> byConversation = new ConcurrentHashMap<>();
    private final AtomicLong delivered = new AtomicLong();
    private volatile boolean running;
    private Thread listener;

    /** One open stream: whose, of which conversation, and the last event it was sent. */
    static final class Stream {
        final Caller caller;
        final WorkspaceId workspaceId;
        final ClientId clientId;
        final SseEventSink sink;
        final Sse sse;
        long lastEventSeq;
        boolean closed;

        Stream(Caller caller, WorkspaceId workspaceId, ClientId clientId, long lastEventSeq, SseEventSink sink, Sse sse) {
            this.caller = caller;
            this.workspaceId = workspaceId;
            this.clientId = clientId;
            this.lastEventSeq = lastEventSeq;
            this.sink = sink;
            this.sse = sse;
        }
    }

    static String key(UUID workspaceId, UUID clientId) {
        return workspaceId + ":" + clientId;
    }

    void start(@Observes PlatformReady ready) {
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("coachkeep-conversation-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
        byConversation.values().forEach(set -> set.forEach(this::close));
    }

    /** How many streams are open on this node. */
    public int open() {
        return byConversation.values().stream().mapToInt(Set::size).sum();
    }

    /** Opens a stream after {@code afterEventSeq}: it is sent what it missed at once, then each event as it comes. */
    public void open(Caller caller, WorkspaceId workspaceId, ClientId clientId, long afterEventSeq, SseEventSink sink, Sse sse) {
        Stream s = new Stream(caller, workspaceId, clientId, afterEventSeq, sink, sse);
        byConversation.computeIfAbsent(key(workspaceId.value(), clientId.value()), k -> ConcurrentHashMap.newKeySet()).add(s);
        // a comment first, so the client sees the stream open before any event
        sink.send(sse.newEventBuilder().comment("open").build());
        executor.execute(() -> deliver(s));
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                backoff = 500;
                LOG.info("conversation events: listening on " + CHANNEL);
                catchUpAll(); // anything sent while no connection listened
                long lastSweep = System.nanoTime();
                while (running) {
                    PGNotification[] notes = pg.getNotifications(SWEEP_SECONDS * 1000);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            dispatch(n.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastSweep > TimeUnit.SECONDS.toNanos(SWEEP_SECONDS)) {
                        sweep();
                        lastSweep = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "conversation events: the listening connection failed; listening again in " + backoff + " ms", e);
                try {
                    Thread.sleep(backoff); // back-off before reconnecting to a database that is away
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /** A notification's payload: workspace:client:event. */
    private void dispatch(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":");
        if (parts.length != 3) {
            return;
        }
        Set<Stream> streams = byConversation.get(parts[0] + ":" + parts[1]);
        if (streams == null) {
            return;
        }
        for (Stream s : streams) {
            executor.execute(() -> deliver(s));
        }
    }

    private void catchUpAll() {
        byConversation.values().forEach(set -> set.forEach(s -> executor.execute(() -> deliver(s))));
    }

    private void sweep() {
        for (Set<Stream> set : byConversation.values()) {
            for (Stream s : set) {
                executor.execute(() -> {
                    if (deliver(s)) {
                        synchronized (s) {
                            if (!s.closed) {
                                s.sink.send(s.sse.newEventBuilder().comment("still here").build()).exceptionally(e -> {
                                    close(s);
                                    return null;
                                });
                            }
                        }
                    }
                });
            }
        }
    }

    /**
     * Sends the stream every event after its last, checking first that its caller may still read the conversation (a
     * refusal ends the stream). One delivery at a time per stream, in event order.
     *
     * @return whether the stream is still open
     */
    boolean deliver(Stream s) {
        synchronized (s) {
            if (s.closed) {
                return false;
            }
            if (s.sink.isClosed()) {
                close(s);
                return false;
            }
            try {
                while (true) {
                    List<MessageView> events = reads.after(s.caller, s.workspaceId, s.clientId, s.lastEventSeq, BATCH);
                    for (MessageView e : events) {
                        // not waited for: a sink writes its events in the order they were handed to it, and a thread of the
                        // server's pool waiting here could be the one the write needs; a failed write ends the stream
                        s.sink.send(event(s.sse, e)).exceptionally(failed -> {
                            close(s);
                            return null;
                        });
                        s.lastEventSeq = e.message().eventSeq();
                        delivered.incrementAndGet();
                    }
                    if (events.size() < BATCH) {
                        return true;
                    }
                }
            } catch (Refusal refused) {
                // no longer a member, no longer allowed, or the client no longer visible: nothing more, and the stream ends
                close(s);
                return false;
            } catch (RuntimeException e) {
                if (s.sink.isClosed()) {
                    close(s);
                    return false;
                }
                // the database is away or busy: the stream stays open and catches up at the next notification or sweep
                LOG.log(Level.WARNING, "conversation events: a delivery failed; trying again at the next event or sweep", e);
                return true;
            }
        }
    }

    /** A message as an event: named message, its id the conversation's event number, its data the message as JSON. */
    static OutboundSseEvent event(Sse sse, MessageView e) {
        return sse.newEventBuilder().id(String.valueOf(e.message().eventSeq())).name("message").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(MessagingDtos.MessageResponse.class, MessagingDtos.MessageResponse.of(e)).build();
    }

    private void close(Stream s) {
        synchronized (s) {
            s.closed = true;
            try {
                s.sink.close();
            } catch (Exception ignored) {
                // already closed by the client
            }
        }
        Set<Stream> set = byConversation.get(key(s.workspaceId.value(), s.clientId.value()));
        if (set != null) {
            set.remove(s);
        }
    }
}
