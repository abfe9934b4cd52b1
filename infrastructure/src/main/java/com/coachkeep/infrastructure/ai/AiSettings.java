package com.coachkeep.infrastructure.ai;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The language-model provider's configuration (docs/operations/configuration.md): all three of
 * {@code coachkeep.ai.base-url}, {@code coachkeep.ai.model} and {@code coachkeep.ai.api-key} make it configured; any
 * missing leaves the feature off for every workspace.
 *
 * @param baseUrl      the API's base, up to and including its version ({@code https://api.openai.com/v1})
 * @param subProcessor {@code coachkeep.ai.sub-processor}: the service's name on the public sub-processor list, needed for
 *                     any base URL other than OpenAI's own
 */
public record AiSettings(Optional<URI> baseUrl, Optional<String> model, Optional<String> apiKey, Optional<String> subProcessor,
        Duration timeout) {
    public static final String BASE_URL = "coachkeep.ai.base-url";
    public static final String MODEL = "coachkeep.ai.model";
    public static final String API_KEY = "coachkeep.ai.api-key";
    public static final String SUB_PROCESSOR_NAME = "coachkeep.ai.sub-processor";
    public static final String TIMEOUT = "coachkeep.ai.timeout-ms";
    /** The sub-processor of {@code api.openai.com}, as the public list names it (P-OWN-1). */
    public static final String OPENAI = "OpenAI";

    public static AiSettings from(Config config) {
        Optional<String> timeout = text(config, TIMEOUT);
        long millis;
        try {
            millis = timeout.map(Long::parseLong).orElse(20_000L);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(TIMEOUT + " must be a whole number, was '" + timeout.get() + "'", e);
        }
        return new AiSettings(text(config, BASE_URL).map(u -> URI.create(u.replaceAll("/+$", ""))), text(config, MODEL),
                text(config, API_KEY), text(config, SUB_PROCESSOR_NAME), Duration.ofMillis(millis));
    }

    public boolean configured() {
        return baseUrl.isPresent() && model.isPresent() && apiKey.isPresent();
    }

    /** The third party this configuration sends to: the named one, OpenAI for its own host, else undeclared. */
    public Optional<String> subProcessorName() {
        if (!configured()) {
            return Optional.empty();
        }
        if (subProcessor.isPresent()) {
            return subProcessor;
        }
        String host = baseUrl.get().getHost() == null ? "" : baseUrl.get().getHost().toLowerCase(Locale.ROOT);
        return Optional.of(host.equals("api.openai.com") || host.endsWith(".openai.com") ? OPENAI : com.coachkeep.infrastructure.platform.SubProcessors.UNDECLARED);
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
