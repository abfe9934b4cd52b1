package com.coachkeep.support.application.port.out;

import java.util.List;

/** Every {@link SupportContentPort} the container knows: one CDI bean per scope, from the feature that owns the content. */
public interface ContentScopesPort {
    List<SupportContentPort> contributed();
}
