package com.coachkeep.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);
    private final MembershipId coach = MembershipId.newId();

    private Client invited() {
        return Client.invite(WorkspaceId.newId(), "Ben Miller", new EmailAddress("ben@example.com"), coach,
                Tags.of(List.of("Marathon")), NOW);
    }

    @Test
    void invitedClientIsActiveAndNotYetLinked() {
        Client client = invited();

        assertEquals(ClientStatus.ACTIVE, client.status());
        assertNull(client.personId());
        assertEquals(1, client.version());
        assertEquals(NOW, client.createdAt());
        assertTrue(client.isAssignedTo(coach));
        assertFalse(client.belongsTo(PersonId.newId()));
    }

    @Test
    void linkingGivesTheRecordToThePersonWhoAccepted() {
        Client client = invited();
        PersonId ben = PersonId.newId();

        client.linkTo(ben, LATER);

        assertEquals(ben, client.personId());
        assertTrue(client.belongsTo(ben));
        assertEquals(LATER, client.updatedAt());
    }

    @Test
    void linkingAgainToTheSamePersonIsHarmless() {
        Client client = invited();
        PersonId ben = PersonId.newId();
        client.linkTo(ben, NOW);

        client.linkTo(ben, LATER);

        assertEquals(ben, client.personId());
    }

    @Test
    void linkedRecordCannotBeTakenOverByAnotherPerson() {
        Client client = invited();
        PersonId ben = PersonId.newId();
        client.linkTo(ben, NOW);

        Client.ClientRuleException e = assertThrows(Client.ClientRuleException.class,
                () -> client.linkTo(PersonId.newId(), LATER));

        assertEquals("client-already-linked", e.code());
        assertEquals(ben, client.personId());
        assertEquals(NOW, client.updatedAt());
    }

    @Test
    void statusMovesBetweenActivePausedAndArchived() {
        Client client = invited();

        client.changeStatus(ClientStatus.PAUSED, LATER);
        assertEquals(ClientStatus.PAUSED, client.status());
        client.changeStatus(ClientStatus.ARCHIVED, LATER);
        assertEquals(ClientStatus.ARCHIVED, client.status());
        client.changeStatus(ClientStatus.ACTIVE, LATER);
        assertEquals(ClientStatus.ACTIVE, client.status());
        assertEquals(LATER, client.updatedAt());
    }

    @Test
    void retaggingReplacesAllTags() {
        Client client = invited();

        client.retag(Tags.of(List.of("Vegan", "Remote")), LATER);

        assertEquals(List.of("remote", "vegan"), List.copyOf(client.tags().values()));
    }

    @Test
    void coachCanBeReassignedOrUnassigned() {
        Client client = invited();
        MembershipId other = MembershipId.newId();

        client.assignCoach(other, LATER);
        assertTrue(client.isAssignedTo(other));
        assertFalse(client.isAssignedTo(coach));

        client.assignCoach(null, LATER);
        assertFalse(client.isAssignedTo(other));
        assertNull(client.assignedCoach());
    }

    @Test
    void renamingChangesTheDisplayName() {
        Client client = invited();

        client.rename("Ben M.", LATER);

        assertEquals("Ben M.", client.displayName());
        assertEquals(LATER, client.updatedAt());
    }

    @Test
    void statusParsesFromItsWireName() {
        assertEquals(ClientStatus.PAUSED, ClientStatus.parse(" Paused "));
        assertEquals("archived", ClientStatus.ARCHIVED.wireName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientStatus.parse("gone"));
        assertEquals("must be one of [active, paused, archived]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClientStatus.parse(null));
    }
}
