package com.coachkeep.console.support.incidents;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.support.application.port.in.IncidentView;
import com.coachkeep.support.application.port.in.ManageIncidentsUseCase;
import com.coachkeep.support.application.port.in.RecordIncidentCommand;
import com.coachkeep.support.application.port.in.SupportActor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Presents incidents through {@link ManageIncidentsUseCase}: list, record, post an update, resolve. */
@Dependent
public class IncidentsPresenter {
    private final ManageIncidentsUseCase incidents;

    @Inject
    public IncidentsPresenter(ManageIncidentsUseCase incidents) {
        this.incidents = incidents;
    }

    public List<IncidentView> incidents(SupportActor actor) {
        return incidents.list(actor);
    }

    public Outcome record(SupportActor actor, IncidentForm f) {
        return Outcome.of(() -> {
            IncidentView recorded = incidents.record(actor, new RecordIncidentCommand(f.getPublicTitle(), f.getWhatHappened(),
                    lines(f.getDataAffected()), f.getRemediation(), f.getSeverity(), lines(f.getAffectedWorkspaceIds()),
                    f.getDetectedAt() == null ? null : f.getDetectedAt().toInstant(ZoneOffset.UTC), f.getFirstUpdate(),
                    f.getRecommendations(), f.getReason()));
            return "Incident recorded; the owners of " + recorded.affectedWorkspaceIds().size()
                    + " affected workspace(s) are being emailed, and the status shows the first update.";
        });
    }

    public Outcome postUpdate(SupportActor actor, String incidentId, IncidentUpdateForm f) {
        return Outcome.of(() -> {
            incidents.postUpdate(actor, incidentId, f.getPublicText(), f.getReason());
            return "Update posted on the public status.";
        });
    }

    public Outcome resolve(SupportActor actor, String incidentId, IncidentUpdateForm f) {
        return Outcome.of(() -> {
            incidents.resolve(actor, incidentId, f.getPublicText(), f.getReason());
            return "Incident resolved.";
        });
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
