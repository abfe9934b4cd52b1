package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the deletion operations of a workspace and of one's own account. */
public final class DeletionDtos {
    private DeletionDtos() {
    }

    public record DeleteWorkspaceRequest(
            @Schema(required = true, maxLength = 120, description = "The workspace's name, typed exactly as it is shown",
                    example = "Summit Strength")
            String confirmName) {
    }

    public record DeleteAccountRequest(
            @Schema(required = true, description = "Must be true: the deletion cannot be undone") Boolean confirm) {
    }

    public record AccountDeletionResponse(
            @Schema(description = "Workspaces where your client data was erased (each coach was told)") int clientWorkspaces,
            @Schema(description = "Workspaces where your staff membership ended (what you wrote for the business stays with it)")
            int staffWorkspaces) {
    }

    public record FeatureProgressResponse(String feature, long erasedRows, boolean done) {
    }

    public record WorkspaceDeletionResponse(String workspaceId,
            @Schema(enumeration = {"none", "erasing", "done"},
                    description = "none: the workspace is in use; erasing: it is unusable, its keys are destroyed and its rows "
                            + "are being erased; done: nothing of it is left but this record") String state,
            String requestedAt, String finishedAt, long erasedRows, List<FeatureProgressResponse> features) {
        public static WorkspaceDeletionResponse of(WorkspaceDeletionView v) {
            return new WorkspaceDeletionResponse(v.workspaceId().toString(), v.state(),
                    v.requestedAt() == null ? null : v.requestedAt().toString(),
                    v.finishedAt() == null ? null : v.finishedAt().toString(), v.erasedRows(),
                    v.features().stream().map(f -> new FeatureProgressResponse(f.feature(), f.erasedRows(), f.done())).toList());
        }
    }
}
