package com.coachkeep.notification.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.notification.application.port.in.NotificationPreferencesView;
import com.coachkeep.notification.application.port.in.UnsubscribeCommand;
import com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesCommand;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.testing.TestApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPreferencesServiceTest {
    private final TestApplication app = TestApplication.create();
    private final Caller anna = app.signIn("Anna");

    private UpdateNotificationPreferencesCommand turn(boolean on, Long expectedVersion) {
        return UpdateNotificationPreferencesCommand.of(Map.of("subProcessorChanges", on), expectedVersion);
    }

    @Test
    void everyOptionalEmailIsOnUntilThePersonTurnsItOff() {
        NotificationPreferencesView view = app.notificationPreferences.get(anna);

        assertTrue(view.isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES));
        assertEquals(0, view.version());
        assertTrue(app.preferences.find(anna.personId()).isEmpty(), "reading stores nothing");
    }

    @Test
    void aPersonTurnsACategoryOffAndTheVersionMoves() {
        NotificationPreferencesView view = app.notificationPreferences.update(anna, turn(false, 0L));

        assertFalse(view.isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES));
        assertEquals(1, view.version());
        assertFalse(app.notificationPreferences.get(anna).isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES));
    }

    @Test
    void anUpdateBasedOnAnOlderVersionIsRefused() {
        app.notificationPreferences.update(anna, turn(false, 0L));

        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> app.notificationPreferences.update(anna, turn(true, 0L)));

        assertEquals(1, e.currentVersion());
        assertFalse(app.notificationPreferences.get(anna).isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES));
    }

    @Test
    void sendingTheSameSettingsAgainChangesNothing() {
        app.notificationPreferences.update(anna, turn(false, null));

        assertEquals(1, app.notificationPreferences.update(anna, turn(false, 1L)).version());
    }

    @Test
    void eachPersonHasTheirOwnPreferences() {
        Caller ben = app.signIn("Ben");
        app.notificationPreferences.update(anna, turn(false, null));

        assertTrue(app.notificationPreferences.get(ben).isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES));
    }

    @Test
    void unknownCategoriesAndMissingValuesAreNamed() {
        java.util.HashMap<String, Boolean> fields = new java.util.HashMap<>();
        fields.put("marketing", true);
        fields.put("subProcessorChanges", null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> UpdateNotificationPreferencesCommand.of(fields, null));

        assertEquals(2, e.violations().size());
    }

    @Test
    void theOneClickLinkTurnsTheCategoryOffWithoutSigningIn() {
        app.notificationPreferences.update(anna, turn(true, null));
        String token = app.preferences.find(anna.personId()).orElseThrow().unsubscribeToken();

        app.notificationPreferences.unsubscribe(UnsubscribeCommand.of(token, "sub-processor-changes"));
        app.notificationPreferences.unsubscribe(UnsubscribeCommand.of(token, "sub-processor-changes"));

        NotificationPreferencesView view = app.notificationPreferences.get(anna);
        assertFalse(view.isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES));
        assertEquals(1, view.version());
    }

    @Test
    void anUnknownUnsubscribeTokenIsNotFoundAndAnUnknownCategoryIsInvalid() {
        assertThrows(NotFoundException.class,
                () -> app.notificationPreferences.unsubscribe(UnsubscribeCommand.of("no-such-token", "sub-processor-changes")));
        assertThrows(InvalidInputException.class, () -> UnsubscribeCommand.of("x", "marketing"));
    }
}
