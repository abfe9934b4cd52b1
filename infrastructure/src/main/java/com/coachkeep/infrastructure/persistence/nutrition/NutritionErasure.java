package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.infrastructure.persistence.shared.TableErasure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The nutrition context's part of erasure: every row is a client's (their targets, settings, logs and meals, habits and
 * check-offs), so all of it goes with the client, and with the workspace. Rows that point at others go first (check-offs
 * before habits, meals before logs); the client rows they point at are roster's, erased after this.
 */
@ApplicationScoped
public class NutritionErasure extends TableErasure {
    /** Children first: the order in which a workspace's rows are deleted. */
    public static final List<String> TABLES = List.of("habit_check_off", "habit", "nutrition_meal", "nutrition_log", "nutrition_target",
            "nutrition_settings");

    public NutritionErasure() {
        super("nutrition", TABLES, TABLES);
    }
}
