package com.coachkeep.support.application.service;

import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.support.application.port.in.ContentScopeView;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.in.ViewWorkspaceContentUseCase;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.SupportGrant;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A workspace's content as the holder of a grant sees it, read-only, in the scopes the features contribute: the grant
 * is opened for the scope read ({@link GrantedAccess}), the feature's {@link SupportContentPort} reads the grant's own
 * workspace, and what was viewed is recorded in that workspace's trail.
 */
@ApplicationScoped
@Transactional
public class ViewWorkspaceContentService implements ViewWorkspaceContentUseCase {
    private final GrantedAccess access;
    private final GrantScopes scopes;

    @Inject
    public ViewWorkspaceContentService(GrantedAccess access, GrantScopes scopes) {
        this.access = access;
        this.scopes = scopes;
    }

    protected ViewWorkspaceContentService() {
        this(null, null);
    }

    @Override
    public List<ContentScopeView> scopes(SupportActor actor) {
        actor.require(SupportPermission.GRANT_REQUEST);
        return scopes.all().stream().map(p -> new ContentScopeView(p.scope().name(), p.label(), p.scope().sensitive(),
                p.scope().includes().stream().sorted().toList())).toList();
    }

    @Override
    public SupportContentView view(SupportActor actor, String grantId, String scope, String item, PageRequest page) {
        actor.requireWithMultiFactor(SupportPermission.GRANT_REQUEST);
        SupportContentPort reader = scopes.reader(scope);
        SupportGrant grant = access.open(actor, grantId, reader.scope());
        SupportContentView shown = reader.read(grant.workspaceId(), item, page);
        access.viewed(actor, grant, shown.viewed(), shown.targetType(), shown.targetId(), shown.rows().size());
        return shown;
    }
}
