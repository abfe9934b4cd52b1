package com.coachkeep.infrastructure.platform;

import com.coachkeep.infrastructure.identity.DemoPeople;
import com.coachkeep.infrastructure.identity.DemoPeople.DemoPerson;
import com.coachkeep.infrastructure.identity.DevIssuer;
import com.coachkeep.roster.application.port.in.SeedDemoWorkspaceUseCase;
import com.coachkeep.roster.application.port.in.SeedDemoWorkspaceUseCase.DemoClient;
import com.coachkeep.roster.application.port.in.SeedDemoWorkspaceUseCase.DemoMember;
import com.coachkeep.roster.application.port.in.SeedDemoWorkspaceUseCase.DemoWorkspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In development mode, seeds the demo workspace once the schema is ready, for the people the development
 * issuer signs tokens for. Never runs in production mode.
 */
@ApplicationScoped
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    static final String NAME = "Summit Strength & Nutrition";

    @Inject
    SeedDemoWorkspaceUseCase seeder;

    @Inject
    @ConfigProperty(name = DevIssuer.ISSUER_PROPERTY, defaultValue = DevIssuer.DEFAULT_ISSUER)
    String issuer;

    void onReady(@Observes PlatformReady ready) {
        if (!ready.developmentMode()) {
            return;
        }
        DemoWorkspace demo = new DemoWorkspace(issuer, NAME, "Europe/London", "GBP", "en-GB", member(DemoPeople.OWNER, null),
                List.of(member(DemoPeople.COACH, "coach"), member(DemoPeople.ASSISTANT, "assistant")),
                List.of(new DemoClient(member(DemoPeople.CLIENT_1, null), DemoPeople.COACH.subject(), "active",
                                List.of("strength", "online"), List.of("Goal: first pull-up by spring. Shoulder mobility is the limiter.",
                                        "Prefers morning sessions; trains at home on weekends.")),
                        new DemoClient(member(DemoPeople.CLIENT_2, null), DemoPeople.COACH.subject(), "paused",
                                List.of("nutrition"), List.of("Paused for travel until next month.")),
                        new DemoClient(member(DemoPeople.CLIENT_3, null), null, "active", List.of("in-person"), List.of())));
        seeder.seed(demo).ifPresentOrElse(
                id -> LOG.info(() -> "Coachkeep demo workspace '" + NAME + "' created (" + id + "); get a token with "
                        + "curl 'http://localhost:9080/dev/token?person=owner' (or coach, assistant, client1..3)"),
                () -> LOG.info(() -> "Coachkeep demo workspace '" + NAME + "' is already there"));
    }

    private static DemoMember member(DemoPerson p, String role) {
        return new DemoMember(p.subject(), p.email(), p.name(), role);
    }
}
