package com.coachkeep.console.support.grants;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.support.application.port.in.ContentScopeView;
import com.coachkeep.support.application.port.in.ManageSupportGrantsUseCase;
import com.coachkeep.support.application.port.in.RequestSupportGrantCommand;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.in.SupportGrantView;
import com.coachkeep.support.application.port.in.ViewWorkspaceContentUseCase;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Presents grants through {@link ManageSupportGrantsUseCase} (ask, approve, revoke, list) and the content under one
 * through {@link ViewWorkspaceContentUseCase}, which checks the grant on every call and records the view in the
 * workspace's own trail.
 */
@Dependent
public class SupportGrantsPresenter {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final int PAGE = 100;

    private final ManageSupportGrantsUseCase grants;
    private final ViewWorkspaceContentUseCase content;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public SupportGrantsPresenter(ManageSupportGrantsUseCase grants, ViewWorkspaceContentUseCase content) {
        this.grants = grants;
        this.content = content;
    }

    /** A grant as a row: the grant and its time left, in words, as of now. */
    public record Row(SupportGrantView grant, String timeLeft) {
    }

    /** What a read under a grant showed (empty when it was refused), and what to tell the staff member. */
    public record Shown<T>(List<T> items, Outcome outcome) {
    }

    public Outcome request(SupportActor actor, GrantRequestForm f) {
        return Outcome.of(() -> {
            SupportGrantView g = grants.request(actor,
                    RequestSupportGrantCommand.of(f.getWorkspaceId(), f.getScope(), f.getReason(), f.getTicket(), f.getMinutes()));
            return "pending".equals(g.status())
                    ? "Grant " + shortId(g.id()) + " (" + g.scope() + ") waits for a second person's approval."
                    : "Grant " + shortId(g.id()) + " (" + g.scope() + ") is active until " + TIME.format(g.endsAt())
                            + "; the workspace's owner is being emailed.";
        });
    }

    public List<Row> own(SupportActor actor) {
        Instant now = clock.instant();
        return grants.listOwn(actor).stream().map(g -> new Row(g, timeLeft(g, now))).toList();
    }

    public List<Row> pendingApproval(SupportActor actor) {
        Instant now = clock.instant();
        return grants.listPendingApproval(actor).stream().map(g -> new Row(g, timeLeft(g, now))).toList();
    }

    /** One grant by its id (an approver's own look at any grant, e.g. to revoke it); empty when refused. */
    public Shown<Row> find(SupportActor actor, GrantIdForm form) {
        List<Row> found = new ArrayList<>();
        Outcome outcome = Outcome.of(() -> {
            SupportGrantView g = grants.get(actor, form.getGrantId() == null ? null : form.getGrantId().strip());
            found.add(new Row(g, timeLeft(g, clock.instant())));
            return "Grant " + shortId(g.id()) + " is " + g.status() + ".";
        });
        return new Shown<>(List.copyOf(found), outcome);
    }

    public Outcome approve(SupportActor actor, String grantId, ReasonForm form) {
        return Outcome.of(() -> {
            SupportGrantView g = grants.approve(actor, grantId, form.getReason());
            return "Grant " + shortId(g.id()) + " is approved and active until " + TIME.format(g.endsAt()) + ".";
        });
    }

    public Outcome revoke(SupportActor actor, String grantId, ReasonForm form) {
        return Outcome.of(() -> {
            SupportGrantView g = grants.revoke(actor, grantId, form.getReason());
            return "Grant " + shortId(g.id()) + " is revoked.";
        });
    }

    /** The content scopes a grant may be asked for, as the features contribute them; none when refused. */
    public List<ContentScopeView> scopes(SupportActor actor) {
        List<ContentScopeView> scopes = new ArrayList<>();
        Outcome.of(() -> {
            scopes.addAll(content.scopes(actor));
            return "";
        });
        return List.copyOf(scopes);
    }

    /**
     * Content of one scope under the grant: its list ({@code item} null) or what it shows of one item; recorded in the
     * workspace's trail by the use case. Empty when refused.
     */
    public Shown<SupportContentView> content(SupportActor actor, String grantId, String scope, String item) {
        List<SupportContentView> shown = new ArrayList<>();
        Outcome outcome = Outcome.of(() -> {
            shown.add(content.view(actor, grantId, scope, item, PageRequest.first(PAGE)));
            return shown.get(0).rows().size() + " item(s) shown; this view is recorded in the workspace's audit trail.";
        });
        return new Shown<>(List.copyOf(shown), outcome);
    }

    /** How a grant stands against the clock, in words. */
    static String timeLeft(SupportGrantView g, Instant now) {
        return switch (g.status()) {
            case "active" -> {
                Duration left = Duration.between(now, g.endsAt());
                long minutes = Math.max(0, left.toMinutes());
                yield minutes < 1 ? "under a minute left" : minutes + " min left (until " + TIME.format(g.endsAt()) + ")";
            }
            case "pending" -> "waiting for approval";
            default -> "ended";
        };
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
