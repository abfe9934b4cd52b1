package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.support.application.port.out.ContentScopesPort;
import com.coachkeep.support.application.port.out.SupportContentPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Every support content scope the features contribute (a CDI bean per scope, in the feature's own packages). */
@ApplicationScoped
public class ContentScopes implements ContentScopesPort {
    @Inject
    @Any
    Instance<SupportContentPort> scopes;

    @Override
    public List<SupportContentPort> contributed() {
        List<SupportContentPort> all = new ArrayList<>();
        scopes.forEach(all::add);
        return List.copyOf(all);
    }
}
