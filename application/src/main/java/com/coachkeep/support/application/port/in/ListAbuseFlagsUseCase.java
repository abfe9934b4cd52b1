package com.coachkeep.support.application.port.in;

import java.util.List;

/** The console's list of abuse flags, newest first, open ones only or all. Security officers only. */
public interface ListAbuseFlagsUseCase {
    int MAX = 500;

    List<AbuseFlagView> list(SupportActor actor, boolean openOnly);
}
