package com.coachkeep.infrastructure.ai;

import com.coachkeep.training.application.port.out.ExerciseDescriptionPort;
import com.coachkeep.training.domain.Muscle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * An OpenAI-compatible chat-completions API ({@code POST <base-url>/chat/completions}). The request holds the model,
 * a fixed instruction, and one user message built from the {@link DescriptionRequest} alone (the exercise's name,
 * equipment and muscles); it asks the provider not to store it ({@code "store": false}) and carries no user
 * identifier. The answer's first choice is the draft.
 */
@ApplicationScoped
public class OpenAiExerciseDescriptionAdapter implements ExerciseDescriptionPort {
    private static final Logger LOG = Logger.getLogger(OpenAiExerciseDescriptionAdapter.class.getName());
    static final String SYSTEM = "You write short, plain instructions for strength and conditioning exercises for a coaching app: "
            + "setup, movement and one or two safety cues, in at most 80 words, in English, without headings or lists.";

    private AiSettings settings;
    private HttpClient http;

    @Inject
    public OpenAiExerciseDescriptionAdapter(Config config) {
        this(AiSettings.from(config));
    }

    public OpenAiExerciseDescriptionAdapter(AiSettings settings) {
        this.settings = settings;
        this.http = settings.configured() ? HttpClient.newBuilder().connectTimeout(settings.timeout()).build() : null;
    }

    protected OpenAiExerciseDescriptionAdapter() {
    }

    @Override
    public Optional<Provider> provider() {
        return settings.subProcessorName().map(name -> new Provider(name, settings.model().orElseThrow()));
    }

    @Override
    public String describe(DescriptionRequest request) {
        if (!settings.configured()) {
            throw new IllegalStateException("no language-model provider is configured");
        }
        String body = Json.createObjectBuilder()
                .add("model", settings.model().get())
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", SYSTEM))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", userMessage(request))))
                .add("temperature", 0.4)
                .add("max_tokens", 300)
                .add("store", false)
                .build().toString();
        HttpRequest call = HttpRequest.newBuilder(java.net.URI.create(settings.baseUrl().get() + "/chat/completions"))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.apiKey().get())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(call, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderFailedException("provider unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailedException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            LOG.warning(() -> "language-model provider answered " + response.statusCode());
            throw new ProviderFailedException("provider answered " + response.statusCode(), null);
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            JsonArray choices = answer.getJsonArray("choices");
            JsonString content = choices.getJsonObject(0).getJsonObject("message").getJsonString("content");
            String text = content.getString().strip();
            if (text.isEmpty()) {
                throw new ProviderFailedException("empty answer", null);
            }
            return text.length() > 4000 ? text.substring(0, 4000) : text;
        } catch (RuntimeException e) {
            if (e instanceof ProviderFailedException p) {
                throw p;
            }
            throw new ProviderFailedException("unreadable answer", e);
        }
    }

    /** Everything the provider learns: the exercise's name, equipment and muscles. */
    static String userMessage(DescriptionRequest r) {
        return "Exercise: " + r.exerciseName() + "\nEquipment: " + words(r.equipment())
                + "\nPrimary muscles: " + muscles(r.primaryMuscles())
                + (r.secondaryMuscles().isEmpty() ? "" : "\nSecondary muscles: " + muscles(r.secondaryMuscles()));
    }

    private static String muscles(Set<Muscle> muscles) {
        return muscles.stream().sorted().map(OpenAiExerciseDescriptionAdapter::words).collect(Collectors.joining(", "));
    }

    private static String words(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
