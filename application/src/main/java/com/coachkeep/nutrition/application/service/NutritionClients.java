package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.out.NutritionSettingsRepository;
import com.coachkeep.nutrition.domain.NutritionSettings;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * How every nutrition use case reaches a client: first the permission (staff need the staff permission of the use
 * case; a client the self permission, if the use case admits clients at all: else 403), then visibility, which the
 * roster decides through its incoming port ({@link GetClientUseCase}: every client with {@code clients_read_all}, the
 * assigned ones with {@code clients_read_assigned}, one's own record with {@code self_read}); a client the actor
 * cannot see is not found, exactly like a missing one.
 */
@ApplicationScoped
public class NutritionClients {
    private final GetClientUseCase clients;
    private final NutritionSettingsRepository settings;
    private final Clock clock;

    @Inject
    public NutritionClients(GetClientUseCase clients, NutritionSettingsRepository settings, Clock clock) {
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
    }

    protected NutritionClients() {
        this(null, null, null);
    }

    /**
     * @param staffPermission what staff need
     * @param selfPermission  what the client needs for their own data, or null when clients may not call it
     */
    public ClientId reach(Actor actor, ClientId clientId, Permission staffPermission, Permission selfPermission) {
        if (actor.staff() || selfPermission == null) {
            actor.require(staffPermission);
        } else {
            actor.require(selfPermission);
        }
        boolean mayReadClients = actor.staff()
                ? actor.has(Permission.CLIENTS_READ_ALL) || actor.has(Permission.CLIENTS_READ_ASSIGNED)
                : actor.has(Permission.SELF_READ);
        if (!mayReadClients) {
            throw new NotFoundException("client");
        }
        return clients.get(actor, clientId).id();
    }

    /** The client's settings, with their calendar's today. */
    public Calendar calendar(Actor actor, ClientId clientId) {
        NutritionSettings s = settings.find(actor.workspaceId(), clientId);
        return new Calendar(s, LocalDate.ofInstant(clock.instant(), s.zone()));
    }

    public record Calendar(NutritionSettings settings, LocalDate today) {
    }
}
