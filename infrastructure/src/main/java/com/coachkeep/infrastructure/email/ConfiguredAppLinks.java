package com.coachkeep.infrastructure.email;

import com.coachkeep.shared.application.AppLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Links in emails point at the frontend configured by {@code coachkeep.app.url}, or at the API ({@code coachkeep.api.url}). */
@ApplicationScoped
public class ConfiguredAppLinks implements AppLinks {
    @Inject
    @ConfigProperty(name = "coachkeep.app.url", defaultValue = "http://localhost:9080")
    String appUrl;

    @Inject
    @ConfigProperty(name = "coachkeep.api.url", defaultValue = "http://localhost:9080")
    String apiUrl;

    @Override
    public String subProcessorList() {
        return apiUrl.replaceAll("/+$", "") + "/api/v1/sub-processors";
    }

    @Override
    public String invitation(String token) {
        return appUrl.replaceAll("/+$", "") + "/invitations/" + token;
    }

    @Override
    public String export(String workspaceId, String exportId) {
        return appUrl.replaceAll("/+$", "") + "/workspaces/" + workspaceId + "/exports/" + exportId;
    }
}
