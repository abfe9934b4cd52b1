package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server publishes is the one the SDK is generated from, and it describes every
 * operation completely: an operation id, the bearer scheme, the problem responses.
 */
class OpenApiContractIT {
    @Test
    void theSdkIsGeneratedFromTheDocumentTheServerPublishes() throws Exception {
        String live = TestServer.request().accept("application/yaml").get("/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of(System.getProperty("coachkeep.test.openapiFile", "../sdk/openapi.yaml"));
        if (Boolean.getBoolean("coachkeep.openapi.update")) {
            Files.writeString(committed, live);
        }
        assertEquals(Files.readString(committed).strip(), live.strip(),
                "sdk/openapi.yaml differs from the server's /openapi: run the tests with -Dcoachkeep.openapi.update=true and commit it");
    }

    /** The operations web.xml opens without a token: the only ones the document may publish with {@code security: []}. */
    static final java.util.Set<String> PUBLIC = java.util.Set.of("POST /api/v1/security-reports", "GET /api/v1/sub-processors",
            "GET /api/v1/status", "POST /api/v1/billing/webhooks/platform", "POST /api/v1/billing/webhooks/connect");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithIdSecurityAndProblems() {
        JsonPath doc = TestServer.request().accept("application/json").get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> o = (Map<String, Object>) op.getValue();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (o.get("operationId") == null) {
                    gaps.add(name + ": no operationId");
                }
                if (o.get("security") == null) {
                    gaps.add(name + ": no security requirement");
                }
                boolean open = o.get("security") instanceof List<?> l && l.isEmpty();
                if (open != PUBLIC.contains(name)) {
                    gaps.add(name + (open ? ": public (security: []) but not one of web.xml's public paths " + PUBLIC
                            : ": web.xml leaves it public, but the document asks for a token"));
                }
                Map<String, Object> responses = (Map<String, Object>) o.get("responses");
                for (String code : open ? List.of("400", "500") : List.of("401", "404", "500")) {
                    if (responses == null || !responses.containsKey(code)) {
                        gaps.add(name + ": no " + code + " response");
                    }
                }
            }
        }
        assertTrue(operations >= 16, "only " + operations + " operations documented");
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
        assertTrue(doc.getMap("components.securitySchemes").containsKey("bearer"));
        assertTrue(doc.getMap("components.schemas").containsKey("Problem"));
    }
}
