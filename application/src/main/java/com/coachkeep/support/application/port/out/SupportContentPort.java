package com.coachkeep.support.application.port.out;

import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.domain.GrantScope;

/**
 * A scope of a workspace's content that support staff may be granted to read (P-INT-1), contributed by the feature that
 * owns the content: one CDI bean per scope, in the feature's own persistence adapter (roster's {@code RosterSupportContent}
 * and {@code CoachNotesSupportContent}). Support finds every bean, offers its scope in the console, checks each read
 * against the grant, counts it and records it in the workspace's trail; the bean decides only what its content looks
 * like, read-only, to the holder of a grant.
 *
 * <p>A scope that {@linkplain GrantScope#includes() includes} another is read beside it, one item of the other at a
 * time (coach notes of one client of the roster); a scope that includes none is read as a list, or one item of it.
 */
public interface SupportContentPort {
    /** The scope: its stable name, whether it needs a second person's approval, which scopes a grant of it also shows. */
    GrantScope scope();

    /** What the console calls it ("Coach notes"). */
    String label();

    /**
     * The content of {@code workspace} under a grant: with no {@code item}, the scope's list; with one, what the scope
     * shows of that item (an item of the scope itself, or of the scope it is read beside). An item that does not exist
     * in the workspace is not found.
     *
     * @param item the id of an item, or {@code null}
     */
    SupportContentView read(WorkspaceId workspace, String item, PageRequest page);
}
