package com.coachkeep.infrastructure.rest.privacy;

import com.coachkeep.infrastructure.rest.privacy.ExportDtos.ExportResponse;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.RequestExportUseCase;
import com.coachkeep.shared.application.Actor;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;

/**
 * What the two resources that start an export share: the caller for data rights in the path's workspace, the
 * idempotent start, and the 202 answer that points at the export to poll. The own export (a client's) and the
 * workspace's export (the owner's) differ only in which export the use case starts.
 */
abstract class ExportRequests {
    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    RequestExportUseCase request;
    @Context
    UriInfo uri;

    @PathParam("workspaceId")
    String workspaceId;

    /** Starts an export once per idempotency key; {@code operationId} keys the remembered answer. */
    Response start(String idempotencyKey, String operationId, BiFunction<RequestExportUseCase, Actor, ExportView> export) {
        Actor actor = current.forDataRights(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, operationId + ":" + workspaceId, null,
                Idempotency.Owner.workspace(workspaceId), () -> ExportResponse.accepted(export.apply(request, actor), uri));
    }
}
