package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.out.MessageRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * The demo workspace's conversations: each demo client who has joined has a short exchange with their coach over the
 * last days (a check on the week's training, a question about food, an answer), the client having read all but the
 * coach's latest, so the inbox shows unread counts on both sides. Runs inside the seeding transaction (it observes
 * {@link DemoWorkspaceSeededEvent}). Deterministic per client.
 */
@ApplicationScoped
public class MessagingDemoContent {
    private static final String[][] EXCHANGES = {
        {"C:Hi {name}! How did the first week of the new block feel?", "P:Good overall. Squats felt heavy on Thursday though.",
            "C:That's normal after the volume jump. Keep the last set at RPE 8 and tell me how it goes.",
            "P:Will do. Also, is it ok to swap the Saturday session to Sunday?", "C:Yes, just keep a rest day before Monday's lower session."},
        {"P:Quick question: how much protein should I have on rest days?", "C:Same as training days, {name}: about 150 g. Carbs can come down a bit.",
            "P:Thanks! Hitting it has been easier with the Greek yoghurt snack.", "C:Great habit. Your logs look really consistent this week 👏"},
        {"C:Hey {name}, I noticed you missed two logs this week. Everything ok?", "P:Busy week at work, sorry! Back on it from today.",
            "C:No worries. Even a rough total for the day helps me adjust your plan."},
    };

    private final MessageRepository messages;

    @Inject
    public MessagingDemoContent(MessageRepository messages) {
        this.messages = messages;
    }

    protected MessagingDemoContent() {
        this(null);
    }

    void seed(@Observes DemoWorkspaceSeededEvent event) {
        int i = 0;
        for (DemoSeededClient c : event.clients()) {
            if (c.personId() != null && c.coachPersonId() != null) {
                seedClient(event, c, EXCHANGES[i++ % EXCHANGES.length]);
            }
        }
    }

    private void seedClient(DemoWorkspaceSeededEvent event, DemoSeededClient c, String[] exchange) {
        Random random = new Random(c.clientId().value().getLeastSignificantBits());
        String firstName = c.name().split(" ")[0];
        Instant at = event.at().minus(Duration.ofDays(3)).minus(Duration.ofMinutes(random.nextInt(600)));
        long lastClientRead = 0;
        for (int k = 0; k < exchange.length; k++) {
            boolean fromCoach = exchange[k].startsWith("C:");
            String text = exchange[k].substring(2).replace("{name}", firstName);
            at = at.plus(Duration.ofMinutes(20 + random.nextInt(900)));
            if (at.isAfter(event.at())) {
                at = event.at().minusSeconds(exchange.length - k);
            }
            long seq = messages.nextEvent(event.workspaceId(), c.clientId(), at);
            messages.insert(new Message(UUID.nameUUIDFromBytes((c.clientId().value() + ":" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8)), event.workspaceId(), c.clientId(), seq,
                    seq, fromCoach ? c.coachPersonId() : c.personId(), fromCoach, text, null, at, null, null));
            if (k < exchange.length - 1) {
                lastClientRead = seq;
            }
        }
        messages.markRead(event.workspaceId(), c.clientId(), c.personId(), false, lastClientRead, at);
    }
}
