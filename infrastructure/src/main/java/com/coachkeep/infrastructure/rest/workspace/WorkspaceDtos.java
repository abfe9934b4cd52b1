package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.application.port.in.MeView;
import com.coachkeep.workspace.application.port.in.RoleView;
import com.coachkeep.workspace.application.port.in.StaffMemberView;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the workspace resources. */
public final class WorkspaceDtos {
    private WorkspaceDtos() {
    }

    @Schema(name = "CreateWorkspaceRequest")
    public record CreateWorkspaceRequest(
            @Schema(required = true, maxLength = 120, example = "Peak Performance Coaching") String name,
            @Schema(required = true, description = "IANA time zone", example = "Europe/Berlin") String timezone,
            @Schema(required = true, description = "ISO 4217 code", example = "EUR") String currency,
            @Schema(required = true, example = "en") String locale,
            @Schema(description = "Brand colour for emails and the client portal", example = "#0F766E") String brandColor) {
    }

    @Schema(name = "UpdateWorkspaceRequest", description = "JSON merge patch: send only the fields to change")
    public record UpdateWorkspaceRequest(String name, String timezone, String currency, String locale, String brandColor,
            Boolean coachesSeeAllClients,
            @Schema(description = "Require multi-factor sign-in of every staff member, the owner included. Turning it on "
                    + "needs a token from a multi-factor sign-in (otherwise 403 mfa-required).") Boolean staffMfaRequired) {
    }

    @Schema(name = "Workspace")
    public record WorkspaceResponse(String id, String name, String timezone, String currency, String locale,
            String brandColor,
            @Schema(description = "When true every coach sees the whole roster; otherwise only their assigned clients") boolean coachesSeeAllClients,
            @Schema(description = "When true every staff member must sign in with multi-factor; clients are not affected") boolean staffMfaRequired,
            String ownerId, Instant createdAt, Instant updatedAt) {
        static WorkspaceResponse of(WorkspaceView v) {
            return new WorkspaceResponse(v.id().toString(), v.name(), v.timezone(), v.currency(), v.locale(), v.brandColor(),
                    v.coachesSeeAllClients(), v.staffMfaRequired(), v.ownerId().toString(), v.createdAt(), v.updatedAt());
        }
    }

    @Schema(name = "Me")
    public record MeResponse(String id, String email, boolean emailVerified, String displayName,
            List<MembershipResponse> memberships) {
        static MeResponse of(MeView v) {
            return new MeResponse(v.id().toString(), v.email(), v.emailVerified(), v.displayName(),
                    v.memberships().stream().map(m -> new MembershipResponse(m.membershipId().toString(),
                            m.workspaceId().toString(), m.workspaceName(), m.role())).toList());
        }
    }

    @Schema(name = "Membership")
    public record MembershipResponse(String membershipId, String workspaceId, String workspaceName,
            @Schema(enumeration = {"owner", "coach", "assistant", "custom", "client"}) String role) {
    }

    @Schema(name = "InviteStaffRequest")
    public record InviteStaffRequest(@Schema(required = true, example = "coach@example.com") String email,
            @Schema(required = true, enumeration = {"coach", "assistant"}) String role) {
    }

    @Schema(name = "ChangeStaffRoleRequest")
    public record ChangeStaffRoleRequest(@Schema(required = true, enumeration = {"coach", "assistant", "custom"}) String role,
            @Schema(description = "The custom role to give; required when role is custom, left out otherwise") String customRoleId) {
    }

    @Schema(name = "StaffMember")
    public record StaffMemberResponse(String membershipId, String personId, String email, String displayName,
            @Schema(enumeration = {"owner", "coach", "assistant", "custom"}) String role,
            @Schema(description = "Set when role is custom") String customRoleId,
            @Schema(description = "The custom role's name, set when role is custom") String customRoleName,
            Instant since) {
        static StaffMemberResponse of(StaffMemberView v) {
            return new StaffMemberResponse(v.membershipId().toString(), v.personId().toString(), v.email(), v.displayName(),
                    v.role(), v.customRoleId() == null ? null : v.customRoleId().toString(), v.customRoleName(), v.since());
        }
    }

    @Schema(name = "Role", description = "A built-in role (id and name are the role's name) or a custom role of the workspace")
    public record RoleResponse(
            @Schema(description = "owner, coach, assistant, client, or the custom role's id") String id,
            String name,
            @Schema(description = "Built-in roles cannot be changed or deleted") boolean builtIn,
            @Schema(description = "The permissions the role grants; see docs/permissions.md") List<String> permissions,
            @Schema(description = "Custom roles only") Instant createdAt,
            @Schema(description = "Custom roles only") Instant updatedAt) {
        static RoleResponse of(RoleView v) {
            return new RoleResponse(v.id(), v.name(), v.builtIn(), v.permissions().stream().map(Permission::wireName).toList(),
                    v.createdAt(), v.updatedAt());
        }
    }

    @Schema(name = "CreateRoleRequest")
    public record CreateRoleRequest(
            @Schema(required = true, maxLength = 60, example = "Front desk") String name,
            @Schema(required = true, description = "Staff permissions (at least one); owner-only and client permissions cannot be granted",
                    example = "[\"clients_read_assigned\", \"messages_read_assigned\"]") List<String> permissions) {
    }

    @Schema(name = "UpdateRoleRequest", description = "JSON merge patch: send only the fields to change")
    public record UpdateRoleRequest(String name, List<String> permissions) {
    }

    @Schema(name = "RoleList")
    public record RoleList(List<RoleResponse> items, String nextCursor) {
    }

    @Schema(name = "Invitation", description = "An invitation; its secret is only ever sent to the invited email address")
    public record InvitationResponse(String id, String email,
            @Schema(enumeration = {"coach", "assistant", "client"}) String role,
            @Schema(enumeration = {"pending", "accepted", "revoked"}) String status,
            @Schema(description = "The roster entry, for client invitations") String clientId,
            Instant createdAt, Instant expiresAt) {
        static InvitationResponse of(InvitationView v) {
            return new InvitationResponse(v.id().toString(), v.email(), v.role(), v.status(),
                    v.clientId() == null ? null : v.clientId().toString(), v.createdAt(), v.expiresAt());
        }
    }

    @Schema(name = "AcceptedInvitation")
    public record AcceptedInvitationResponse(String workspaceId, String membershipId, String role, String clientId) {
    }
}
