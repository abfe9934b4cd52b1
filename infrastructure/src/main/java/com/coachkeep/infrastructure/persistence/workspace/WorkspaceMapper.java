package com.coachkeep.infrastructure.persistence.workspace;

import static com.coachkeep.infrastructure.persistence.shared.Persistence.fromDb;
import static com.coachkeep.infrastructure.persistence.shared.Persistence.toDb;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceSettings;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.UUID;
import com.coachkeep.infrastructure.persistence.shared.Persistence;

/** Translates the workspace context's aggregates to and from their entities. */
final class WorkspaceMapper {
    private WorkspaceMapper() {
    }

    static Person toDomain(PersonEntity e) {
        return new Person(new PersonId(e.id), e.issuer, e.subject, e.email == null ? null : new EmailAddress(e.email),
                e.emailVerified, e.displayName, fromDb(e.createdAt));
    }

    static void copy(Person p, PersonEntity e) {
        e.id = p.id().value();
        e.issuer = p.issuer();
        e.subject = p.subject();
        e.email = p.email() == null ? null : p.email().value();
        e.emailVerified = p.emailVerified();
        e.displayName = p.displayName();
        e.createdAt = toDb(p.createdAt());
    }

    static Workspace toDomain(WorkspaceEntity e) {
        WorkspaceSettings settings = new WorkspaceSettings(e.name, ZoneId.of(e.timezone), Currency.getInstance(e.currency),
                Locale.forLanguageTag(e.locale), e.brandColor, e.coachesSeeAllClients);
        return new Workspace(new WorkspaceId(e.id), settings, e.staffMfaRequired, new PersonId(e.ownerId),
                fromDb(e.createdAt), fromDb(e.updatedAt), e.version,
                fromDb(e.deletionRequestedAt), fromDb(e.suspendedAt));
    }

    static void copy(Workspace w, WorkspaceEntity e) {
        WorkspaceSettings s = w.settings();
        e.id = w.id().value();
        e.name = s.name();
        e.timezone = s.timezone().getId();
        e.currency = s.currency().getCurrencyCode();
        e.locale = s.locale().toLanguageTag();
        e.brandColor = s.brandColor();
        e.coachesSeeAllClients = s.coachesSeeAllClients();
        e.staffMfaRequired = w.staffMfaRequired();
        e.ownerId = w.ownerId().value();
        e.createdAt = toDb(w.createdAt());
        e.updatedAt = toDb(w.updatedAt());
        e.deletionRequestedAt = toDb(w.deletionRequestedAt());
        e.suspendedAt = toDb(w.suspendedAt());
    }

    static Membership toDomain(MembershipEntity e) {
        return new Membership(new MembershipId(e.id), new WorkspaceId(e.workspaceId), new PersonId(e.personId),
                Role.valueOf(e.role), e.customRoleId == null ? null : new CustomRoleId(Persistence.uuid(e.customRoleId)),
                Membership.Status.valueOf(e.status), fromDb(e.createdAt), fromDb(e.removedAt));
    }

    static void copy(Membership m, MembershipEntity e) {
        e.id = m.id().value();
        e.workspaceId = m.workspaceId().value();
        e.personId = m.personId().value();
        e.role = m.role().name();
        e.customRoleId = m.customRoleId() == null ? null : Persistence.text(m.customRoleId().value());
        e.status = m.status().name();
        e.createdAt = toDb(m.createdAt());
        e.removedAt = toDb(m.removedAt());
    }

    static CustomRole toDomain(CustomRoleEntity e) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String name : e.permissions.split(",")) {
            // A name no longer known grants nothing.
            Arrays.stream(Permission.values()).filter(p -> p.name().equals(name.strip())).forEach(permissions::add);
        }
        return new CustomRole(new CustomRoleId(e.id), new WorkspaceId(e.workspaceId), e.name, permissions,
                fromDb(e.createdAt), fromDb(e.updatedAt), e.version);
    }

    static void copy(CustomRole r, CustomRoleEntity e) {
        e.id = r.id().value();
        e.workspaceId = r.workspaceId().value();
        e.name = r.name();
        e.permissions = r.permissions().stream().sorted().map(Permission::name).collect(Collectors.joining(","));
        e.createdAt = toDb(r.createdAt());
        e.updatedAt = toDb(r.updatedAt());
    }

    static Invitation toDomain(InvitationEntity e) {
        return new Invitation(new InvitationId(e.id), new WorkspaceId(e.workspaceId), new EmailAddress(e.email),
                Role.valueOf(e.role), e.tokenHash, Persistence.uuid(e.clientId), new PersonId(e.invitedBy), fromDb(e.createdAt),
                fromDb(e.expiresAt), Invitation.Status.valueOf(e.status),
                e.acceptedBy == null ? null : new PersonId(UUID.fromString(e.acceptedBy)), fromDb(e.acceptedAt));
    }

    static void copy(Invitation i, InvitationEntity e) {
        e.id = i.id().value();
        e.workspaceId = i.workspaceId().value();
        e.email = i.email().value();
        e.role = i.role().name();
        e.tokenHash = i.tokenHash();
        e.clientId = Persistence.text(i.clientRef());
        e.invitedBy = i.invitedBy().value();
        e.createdAt = toDb(i.createdAt());
        e.expiresAt = toDb(i.expiresAt());
        e.status = i.status().name();
        e.acceptedBy = i.acceptedBy() == null ? null : i.acceptedBy().toString();
        e.acceptedAt = toDb(i.acceptedAt());
    }
}
