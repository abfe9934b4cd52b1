package com.coachkeep.testing.fakes;

import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import java.util.ArrayList;
import java.util.List;

/** Keeps every email the application sends, in order, instead of sending it. */
public final class RecordingMailPort implements MailPort {
    private final List<Email> sent = new ArrayList<>();

    @Override
    public void send(Email email) {
        sent.add(email);
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }

    public List<Email> sentTo(String address) {
        EmailAddress to = new EmailAddress(address);
        return sent.stream().filter(e -> e.to().equals(to)).toList();
    }

    /** The most recent email to this address; fails when there is none. */
    public Email lastTo(String address) {
        List<Email> mine = sentTo(address);
        if (mine.isEmpty()) {
            throw new AssertionError("no email was sent to " + address + "; sent: " + sent);
        }
        return mine.get(mine.size() - 1);
    }
}
