package com.coachkeep.infrastructure.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.ExerciseLibraryRepository;
import com.coachkeep.training.application.port.out.ExerciseLibrarySettingsRepository;
import com.coachkeep.training.application.service.SuggestExerciseDescriptionService;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.ExerciseLibrarySettings;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.WorkspaceExercise;
import com.coachkeep.workspace.domain.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * P-AI-1 over the wire: the use case with the real adapter, against an HTTP stub of an OpenAI-compatible API. Off (the
 * default), or without configuration, no request leaves; on, the one request holds the model, a fixed instruction and
 * the exercise's name, equipment and muscles, and nothing of the workspace, its people, its clients or the exercise's
 * other fields; each call is audited.
 */
@Tag("promise:P-AI-1")
class ExerciseDescriptionPromiseTest {
    static WireMockServer api;
    final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    final Actor coach = new Actor(new PersonId(UUID.randomUUID()), workspace, new MembershipId(UUID.randomUUID()), "coach", true,
            Role.COACH.permissions());
    final ExerciseId exerciseId = ExerciseId.newId();
    final List<AuditRecord> audited = new ArrayList<>();
    boolean aiOn;

    @BeforeAll
    static void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @BeforeEach
    void reset() {
        api.resetAll();
        api.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"  Hold the bar end at the chest and squat between the heels.  \"},\"finish_reason\":\"stop\"}]}")));
    }

    AiSettings configured() {
        return new AiSettings(Optional.of(URI.create(api.baseUrl() + "/v1")), Optional.of("gpt-test"), Optional.of("sk-test"),
                Optional.of("Test LLM"), Duration.ofSeconds(5));
    }

    SuggestExerciseDescriptionService service(AiSettings settings) {
        // the exercise carries client-like content in every field that must never leave: instructions, video, tags, aliases
        ExerciseDetails details = ExerciseDetails.of("Landmine Squat", "Alex Example's left knee: keep it above parallel.",
                "https://videos.example.com/alex-example.mp4", List.of("alex example"), List.of("quads", "glutes"), List.of("abs"),
                "landmine", "squat", "compound", "squat");
        LibraryExercise exercise = new LibraryExercise(exerciseId, LibraryExercise.Source.WORKSPACE, details, WorkspaceExercise.Status.ACTIVE,
                null, ExerciseAliases.of(List.of("Alex's squat")), false, Instant.now(), Instant.now(), 3);
        ExerciseLibraryRepository library = (ExerciseLibraryRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExerciseLibraryRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && args[0].equals(workspace) && args[1].equals(exerciseId)) {
                        return Optional.of(exercise);
                    }
                    if (method.getName().equals("find")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ExerciseLibrarySettingsRepository settingsRepository = new ExerciseLibrarySettingsRepository() {
            @Override
            public ExerciseLibrarySettings get(WorkspaceId w) {
                return new ExerciseLibrarySettings(aiOn, 0);
            }

            @Override
            public ExerciseLibrarySettings save(WorkspaceId w, boolean on, Long expected, PersonId by, Instant now) {
                throw new UnsupportedOperationException();
            }
        };
        AuditTrail trail = new AuditTrail() {
            @Override
            public void record(AuditRecord r) {
                audited.add(r);
            }

            @Override
            public void recordAlone(AuditRecord r) {
                audited.add(r);
            }
        };
        return new SuggestExerciseDescriptionService(library, settingsRepository, new OpenAiExerciseDescriptionAdapter(settings), trail);
    }

    @Test
    void offByDefaultNoRequestLeaves() {
        ConflictException off = assertThrows(ConflictException.class, () -> service(configured()).suggest(coach, exerciseId));
        assertEquals("ai-descriptions-off", off.code());
        assertTrue(api.getAllServeEvents().isEmpty(), "no call while the workspace has not turned it on");
        assertTrue(audited.isEmpty());
    }

    @Test
    void withoutConfigurationNoRequestLeavesAndTheAnswerSaysWhatIsMissing() {
        aiOn = true;
        AiSettings none = new AiSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(5));
        ConflictException missing = assertThrows(ConflictException.class, () -> service(none).suggest(coach, exerciseId));
        assertEquals("ai-descriptions-not-configured", missing.code());
        assertTrue(missing.getMessage().contains("coachkeep.ai.base-url"));
        assertTrue(api.getAllServeEvents().isEmpty());
        assertFalse(new OpenAiExerciseDescriptionAdapter(none).provider().isPresent());
    }

    @Test
    void onTheRequestHoldsOnlyTheExercisesNameEquipmentAndMuscles() {
        aiOn = true;
        var draft = service(configured()).suggest(coach, exerciseId);
        assertEquals("Hold the bar end at the chest and squat between the heels.", draft.text());
        assertEquals("Test LLM", draft.provider());

        api.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", equalTo("Bearer sk-test")));
        LoggedRequest sent = api.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).get(0);
        JsonObject body = Json.createReader(new StringReader(sent.getBodyAsString())).readObject();
        assertEquals(Set.of("model", "messages", "temperature", "max_tokens", "store"), body.keySet(), "no user, metadata or other field");
        assertFalse(body.getBoolean("store"));
        assertEquals("gpt-test", body.getString("model"));
        assertEquals(2, body.getJsonArray("messages").size());
        assertEquals(OpenAiExerciseDescriptionAdapter.SYSTEM, body.getJsonArray("messages").getJsonObject(0).getString("content"));
        assertEquals("Exercise: Landmine Squat\nEquipment: landmine\nPrimary muscles: glutes, quads\nSecondary muscles: abs",
                body.getJsonArray("messages").getJsonObject(1).getString("content"));
        String raw = sent.getBodyAsString() + sent.getHeaders().toString();
        for (String never : List.of("Alex", "alex", "knee", "videos.example.com", workspace.toString(), coach.personId().toString(),
                coach.membershipId().toString(), exerciseId.toString())) {
            assertFalse(raw.contains(never), "the request holds " + never + ": " + raw);
        }
        AuditRecord call = audited.get(audited.size() - 1);
        assertEquals("exercise.description_requested", call.action());
        assertEquals(exerciseId.toString(), call.targetId());
        assertEquals("answered", call.details().get("outcome"));
        assertEquals("name,equipment,muscles", call.details().get("sent"));
    }

    @Test
    void aProviderOutageIsAuditedAndAnsweredWithAProblem() {
        aiOn = true;
        api.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(503)));
        ConflictException failed = assertThrows(ConflictException.class, () -> service(configured()).suggest(coach, exerciseId));
        assertEquals("ai-provider-failed", failed.code());
        assertEquals("failed", audited.get(audited.size() - 1).details().get("outcome"));
    }

    @Test
    void theProviderIsASubProcessorNamedByConfigurationOrOpenAiForItsOwnHost() {
        assertEquals(Optional.of("Test LLM"), configured().subProcessorName());
        AiSettings openAi = new AiSettings(Optional.of(URI.create("https://api.openai.com/v1")), Optional.of("gpt-4o-mini"),
                Optional.of("sk"), Optional.empty(), Duration.ofSeconds(5));
        assertEquals(Optional.of(AiSettings.OPENAI), openAi.subProcessorName());
        AiSettings unnamed = new AiSettings(Optional.of(URI.create("https://llm.internal.example/v1")), Optional.of("m"), Optional.of("k"),
                Optional.empty(), Duration.ofSeconds(5));
        assertEquals(Optional.of(com.coachkeep.infrastructure.platform.SubProcessors.UNDECLARED), unnamed.subProcessorName());
        AiSettings partial = new AiSettings(Optional.of(URI.create("https://api.openai.com/v1")), Optional.empty(), Optional.of("k"),
                Optional.empty(), Duration.ofSeconds(5));
        assertEquals(Optional.empty(), partial.subProcessorName(), "half a configuration is no configuration");
    }
}
