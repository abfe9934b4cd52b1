package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Caller;

public interface GetMeUseCase {
    MeView me(Caller caller);
}
