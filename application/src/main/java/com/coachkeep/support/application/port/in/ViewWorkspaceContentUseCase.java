package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.PageRequest;
import java.util.List;

/**
 * What the holder of an active grant sees of the workspace's content, read-only, in the scopes the features contribute
 * (support.application.port.out.SupportContentPort). Every read checks the grant against the clock (so it stops working
 * the moment it expires or is revoked) and against the scope read, counts the view and records what was viewed in the
 * workspace's own trail.
 */
public interface ViewWorkspaceContentUseCase {
    /** The scopes a grant may be asked for, by name. */
    List<ContentScopeView> scopes(SupportActor actor);

    /**
     * The content of one scope under the grant: its list, or what it shows of one item ({@code item}, for example the
     * coach notes of one client).
     *
     * @param scope the scope's name, which the grant must cover
     * @param item  the id of an item, or {@code null} for the scope's list
     */
    SupportContentView view(SupportActor actor, String grantId, String scope, String item, PageRequest page);
}
