package com.coachkeep.support.application.port.out;

import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Locale;
import java.util.Optional;

/** Who to tell, and how they answer: a workspace's owner, and Coachkeep's security mailbox. */
public interface ContactsPort {
    /** Empty when the workspace does not exist (any more) or its owner has no email address. */
    Optional<OwnerContact> owner(WorkspaceId workspaceId);

    /** The security team's mailbox, named in security notices and security.txt. */
    String securityMailbox();

    /** A workspace's owner as an email recipient, with the workspace's branding and language. */
    record OwnerContact(MailPort.Recipient recipient, MailPort.Branding branding, Locale locale) {
    }
}
