package com.coachkeep.nutrition.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a client ate on one day of their own calendar ({@code day} is the client's local date), as day totals or as
 * meals; with meals the totals are their sum. The id is chosen by the client's app, so sending the same log again
 * (a retry, a phone syncing after a week offline) replaces it rather than adding a second; a client has at most one
 * log per day. A log written by staff is recorded as written on the client's behalf, by whom.
 *
 * @param waterMl  water drunk that day, or null when not logged
 * @param note     free text about the day (stored encrypted), or null
 * @param onBehalf whether a staff member wrote it for the client
 */
public record NutritionLog(UUID id, WorkspaceId workspaceId, ClientId clientId, LocalDate day, DayType dayType, Entry entry,
        Macros totals, List<Meal> meals, Integer waterMl, String note, PersonId loggedBy, boolean onBehalf, Instant createdAt,
        Instant updatedAt, long version) {
    public static final int MAX_MEALS = 30;
    public static final int MAX_WATER_ML = 15_000;

    /** Whether the day was logged as totals only or meal by meal. */
    public enum Entry {
        TOTALS, MEALS
    }

    public NutritionLog {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(day);
        Objects.requireNonNull(dayType);
        Objects.requireNonNull(entry);
        Objects.requireNonNull(totals);
        meals = List.copyOf(meals);
        if (entry == Entry.MEALS) {
            totals = sum(meals);
        }
    }

    public static Macros sum(List<Meal> meals) {
        Macros total = Macros.ZERO;
        for (Meal m : meals) {
            total = total.plus(m.macros());
        }
        return total;
    }

    /** The same log with new content: the id, day owner and creation stay. */
    public NutritionLog replacedBy(NutritionLog newer) {
        return new NutritionLog(id, workspaceId, clientId, newer.day(), newer.dayType(), newer.entry(), newer.totals(), newer.meals(),
                newer.waterMl(), newer.note(), newer.loggedBy(), newer.onBehalf(), createdAt, newer.updatedAt(), version + 1);
    }

    /** Whether sending {@code other} would change nothing but who sent it and when (a resend). */
    public boolean sameContentAs(NutritionLog other) {
        return day.equals(other.day) && dayType == other.dayType && entry == other.entry && totals.equals(other.totals)
                && meals.equals(other.meals) && Objects.equals(waterMl, other.waterMl) && Objects.equals(note, other.note);
    }
}
