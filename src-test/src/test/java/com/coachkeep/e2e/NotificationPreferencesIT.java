package com.coachkeep.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET/PUT /api/v1/me/notification-preferences and the one-click unsubscribe link of optional emails. */
class NotificationPreferencesIT {
    private static final String PATH = "/api/v1/me/notification-preferences";

    @Test
    void everyOptionalEmailIsOnUntilThePersonTurnsItOff() {
        Member anna = Workspaces.signedIn("prefs-anna");

        TestServer.as(anna.token()).get(PATH).then().statusCode(200).header("ETag", "\"0\"")
                .body("subProcessorChanges", equalTo(true));

        TestServer.as(anna.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("subProcessorChanges", false)).put(PATH)
                .then().statusCode(200).header("ETag", "\"1\"").body("subProcessorChanges", equalTo(false));
        TestServer.as(anna.token()).get(PATH).then().statusCode(200).header("ETag", "\"1\"")
                .body("subProcessorChanges", equalTo(false));
        // someone else's are untouched
        TestServer.as(Workspaces.signedIn("prefs-ben").token()).get(PATH).then().statusCode(200).body("subProcessorChanges", equalTo(true));
    }

    @Test
    void aChangeBasedOnAStaleEtagIsRefused() {
        Member anna = Workspaces.signedIn("prefs-stale");
        TestServer.as(anna.token()).contentType(ContentType.JSON).body(Map.of("subProcessorChanges", false)).put(PATH).then().statusCode(200);

        TestServer.as(anna.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("subProcessorChanges", true)).put(PATH)
                .then().statusCode(412).body("type", equalTo("https://coachkeep.app/problems/stale-version"));
        TestServer.as(anna.token()).get(PATH).then().body("subProcessorChanges", equalTo(false));
    }

    @Test
    void unknownCategoriesAndWrongTypesAreNamed() {
        Member anna = Workspaces.signedIn("prefs-invalid");

        TestServer.as(anna.token()).contentType(ContentType.JSON).body(Map.of("marketing", true, "subProcessorChanges", "no")).put(PATH)
                .then().statusCode(400).body("type", equalTo("https://coachkeep.app/problems/validation"))
                .body("errors.field", hasItem("marketing")).body("errors.field", hasItem("subProcessorChanges"));
    }

    @Test
    void preferencesNeedASignedInCaller() {
        TestServer.request().get(PATH).then().statusCode(401);
        TestServer.request().contentType(ContentType.JSON).body(Map.of("subProcessorChanges", false)).put(PATH).then().statusCode(401);
    }

    @Test
    void theOneClickUnsubscribeLinkTurnsTheCategoryOffWithoutSigningIn() throws Exception {
        Member anna = Workspaces.signedIn("prefs-unsubscribe");
        TestServer.as(anna.token()).contentType(ContentType.JSON).body(Map.of("subProcessorChanges", true)).put(PATH).then().statusCode(200);
        String personId = TestServer.as(anna.token()).get("/api/v1/me").then().extract().path("id");
        String token;
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                PreparedStatement s = c.prepareStatement("select unsubscribe_token from notification_preference where person_id = ?::uuid")) {
            s.setString(1, personId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                token = r.getString(1);
            }
        }

        // a GET (a link scanner, a preview) changes nothing
        TestServer.request().get("/email/unsubscribe?token={t}&category=sub-processor-changes", token).then().statusCode(200);
        TestServer.as(anna.token()).get(PATH).then().body("subProcessorChanges", equalTo(true));
        // the mail program's one-click POST (RFC 8058)
        TestServer.request().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post("/email/unsubscribe?token={t}&category=sub-processor-changes", token).then().statusCode(200);
        TestServer.as(anna.token()).get(PATH).then().body("subProcessorChanges", equalTo(false)).header("ETag", "\"1\"");

        TestServer.request().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post("/email/unsubscribe?token=not-a-token&category=sub-processor-changes").then().statusCode(404);
    }
}
