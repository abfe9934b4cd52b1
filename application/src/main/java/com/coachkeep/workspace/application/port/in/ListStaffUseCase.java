package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;

public interface ListStaffUseCase {
    Page<StaffMemberView> listStaff(Actor actor, PageRequest page);
}
