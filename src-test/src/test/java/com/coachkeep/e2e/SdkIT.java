package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.sdk.ApiClient;
import com.coachkeep.sdk.ApiException;
import com.coachkeep.sdk.api.ClientsApi;
import com.coachkeep.sdk.api.MeApi;
import com.coachkeep.sdk.api.StaffApi;
import com.coachkeep.sdk.api.WorkspacesApi;
import com.coachkeep.sdk.model.AddCoachNoteRequest;
import com.coachkeep.sdk.model.Client;
import com.coachkeep.sdk.model.ClientPage;
import com.coachkeep.sdk.model.CreateWorkspaceRequest;
import com.coachkeep.sdk.model.InviteClientRequest;
import com.coachkeep.sdk.model.Me;
import com.coachkeep.sdk.model.UpdateWorkspaceRequest;
import com.coachkeep.sdk.model.Workspace;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A partner's view: the generated Java SDK drives the running server end to end. */
class SdkIT {
    static ApiClient clientFor(String token) {
        TestServer.awaitReady();
        ApiClient api = new ApiClient();
        api.updateBaseUri(TestServer.BASE_URL);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return api;
    }

    @Test
    void aPartnerFoundsAWorkspaceInvitesAClientAndReadsTheRosterThroughTheSdk() throws Exception {
        Tokens.Person coach = Tokens.Person.fresh("sdk-owner");
        ApiClient api = clientFor(Tokens.valid(coach));
        WorkspacesApi workspaces = new WorkspacesApi(api);

        String key = UUID.randomUUID().toString();
        Workspace w = workspaces.createWorkspace(new CreateWorkspaceRequest().name("SDK Strength").timezone("America/New_York")
                .currency("USD").locale("en-US"), key);
        assertEquals("SDK Strength", w.getName());
        assertEquals("USD", w.getCurrency());
        assertNotNull(w.getCreatedAt());
        Workspace again = workspaces.createWorkspace(new CreateWorkspaceRequest().name("SDK Strength").timezone("America/New_York")
                .currency("USD").locale("en-US"), key);
        assertEquals(w.getId(), again.getId(), "the idempotency key makes the retry return the first result");

        Me me = new MeApi(api).getMe();
        assertEquals(coach.email(), me.getEmail());
        assertEquals(1, me.getMemberships().size());
        assertEquals("owner", me.getMemberships().get(0).getRole().getValue());

        ClientsApi clients = new ClientsApi(api);
        Client alex = clients.inviteClient(w.getId(), new InviteClientRequest().displayName("Alex Runner")
                .email("alex-" + w.getId().substring(0, 8) + "@example.com").tags(List.of("marathon")), null);
        assertEquals("active", alex.getStatus().getValue());
        assertEquals(Boolean.FALSE, alex.getJoined());
        clients.addCoachNote(alex.getId(), w.getId(), new AddCoachNoteRequest().body("Long run on Sundays."), null);

        ClientPage page = clients.listClients(w.getId(), null, 10, null, null);
        assertEquals(List.of("Alex Runner"), page.getItems().stream().map(Client::getDisplayName).toList());
        assertNull(page.getNextCursor());
        assertEquals(1, clients.listCoachNotes(alex.getId(), w.getId(), null, null).getItems().size());

        Workspace renamed = workspaces.updateWorkspace(w.getId(), new UpdateWorkspaceRequest().name("SDK Strength & Conditioning"), null);
        assertEquals("SDK Strength & Conditioning", renamed.getName());
        assertEquals(1, new StaffApi(api).listStaff(w.getId(), null, null).getItems().size());
    }

    @Test
    void problemsReachTheSdkAsApiExceptionsWithTheirStatusAndBody() throws Exception {
        ApiClient stranger = clientFor(Tokens.valid(Tokens.Person.fresh("sdk-stranger")));
        ApiException notFound = assertThrows(ApiException.class,
                () -> new WorkspacesApi(stranger).getWorkspace(UUID.randomUUID().toString()));
        assertEquals(404, notFound.getCode());
        assertTrue(notFound.getResponseBody().contains("https://coachkeep.app/problems/not-found"));

        ApiException invalid = assertThrows(ApiException.class, () -> new WorkspacesApi(stranger).createWorkspace(
                new CreateWorkspaceRequest().name("X").timezone("Nowhere/Land").currency("EUR").locale("en"), null));
        assertEquals(400, invalid.getCode());
        assertTrue(invalid.getResponseBody().contains("\"timezone\""));

        ApiException anonymous = assertThrows(ApiException.class, () -> new MeApi(clientFor("not-a-token")).getMe());
        assertEquals(401, anonymous.getCode());
    }
}
