package com.coachkeep.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The server the build started for the end-to-end tests, and where it keeps its data. */
public final class TestServer {
    public static final String BASE_URL = System.getProperty("coachkeep.test.baseUrl", "http://localhost:19080");
    public static final Path DATA_DIR = Path.of(System.getProperty("coachkeep.test.dataDir", "target/it-data"));
    public static final String ISSUER = System.getProperty("coachkeep.test.issuer", BASE_URL + "/dev-issuer");
    public static final String DB_URL = System.getProperty("coachkeep.test.dbUrl", "jdbc:postgresql://127.0.0.1:25432/coachkeep");
    private static volatile boolean ready;
    private static volatile String failure;

    private TestServer() {
    }

    /**
     * Waits (up to six minutes, or {@code -Dcoachkeep.test.readyMinutes} on a loaded machine) until /health/ready answers
     * 200: the database is up and migrated.
     */
    public static void awaitReady() {
        if (ready) {
            return;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(Integer.getInteger("coachkeep.test.readyMinutes", 6)));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    ready = true;
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (Exception e) {
                last = e.toString();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        failure = "server at " + BASE_URL + " not ready: " + last;
        throw new IllegalStateException(failure);
    }

    /** A request to the server, as anonymous. */
    public static RequestSpecification request() {
        awaitReady();
        return RestAssured.given().baseUri(BASE_URL).urlEncodingEnabled(true);
    }

    /** A request to the server with the given bearer token. */
    public static RequestSpecification as(String token) {
        return request().header("Authorization", "Bearer " + token);
    }
}
