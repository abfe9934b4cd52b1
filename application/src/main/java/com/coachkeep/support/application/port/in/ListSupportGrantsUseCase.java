package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;

/**
 * A workspace's members with the audit log permission (the owner) read which support staff had access to their
 * workspace, why, when and what they viewed: active, pending and past grants, newest first.
 */
public interface ListSupportGrantsUseCase {
    Page<SupportGrantView> list(Actor actor, PageRequest page);
}
