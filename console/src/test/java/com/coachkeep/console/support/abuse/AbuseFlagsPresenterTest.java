package com.coachkeep.console.support.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.application.port.in.AbuseFlagView;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-LOG-1")
class AbuseFlagsPresenterTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    final SupportActor officer = new SupportActor("officer-1", InternalRole.SECURITY_OFFICER, true);
    final SupportActor agent = new SupportActor("agent-1", InternalRole.SUPPORT_AGENT, true);
    final List<String> acknowledged = new ArrayList<>();

    static AbuseFlagView flag(String state) {
        return new AbuseFlagView("0b6f3c1e-0000-4000-8000-000000000001", "not-found", "person", "7d1e…",
                "GET /api/v1/workspaces/{workspaceId}/clients/{clientId}", NOW, NOW, 3, state, null, null, null);
    }

    final AbuseFlagsPresenter presenter = new AbuseFlagsPresenter((actor, openOnly) -> List.of(flag("open")), (actor, id, reason) -> {
        actor.require(SupportPermission.ABUSE_FLAGS_MANAGE);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "must not be blank");
        }
        acknowledged.add(id + ": " + reason);
        return flag("acknowledged");
    });

    static ReasonForm reason(String text) {
        ReasonForm form = new ReasonForm();
        form.setReason(text);
        return form;
    }

    @Test
    void aFlagReadsAsWhichLimitByWhomOnWhatHowOften() {
        assertEquals("Limit \"not-found\" crossed by person 7d1e… on GET /api/v1/workspaces/{workspaceId}/clients/{clientId}, 3 times",
                AbuseFlagsPresenter.summary(flag("open")));
    }

    @Test
    void acknowledgingGoesThroughTheUseCaseWithTheReason() {
        Outcome done = presenter.acknowledge(officer, flag("open").id(), reason("owner contacted"));
        assertTrue(done.ok(), done.message());
        assertEquals(List.of("0b6f3c1e-0000-4000-8000-000000000001: owner contacted"), acknowledged);
    }

    @Test
    void aRefusalIsShownInWordsAndNothingIsAcknowledged() {
        Outcome blank = presenter.acknowledge(officer, flag("open").id(), reason(" "));
        assertFalse(blank.ok());
        assertEquals("reason: must not be blank", blank.message());
        Outcome agentTried = presenter.acknowledge(agent, flag("open").id(), reason("looked"));
        assertFalse(agentTried.ok());
        assertEquals("Your internal role does not allow this.", agentTried.message());
        assertTrue(acknowledged.isEmpty());
    }
}
