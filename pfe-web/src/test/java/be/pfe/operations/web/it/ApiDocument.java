package be.pfe.operations.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The application's own OpenAPI document (as served at {@code /openapi}), against which {@link Http} checks every
 * answer of a documented operation: its status must be documented (or fall under {@code default}), its media type
 * be one the document names for that status, and a JSON body validate against the schema (JSON Schema 2020-12, as
 * OpenAPI 3.1 says, with formats asserted; networknt's validator).
 */
final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ApiDocument> BY_ORIGIN = new ConcurrentHashMap<>();
    /** Answers checked against the document (all test classes of this JVM), and those of no documented operation. */
    static final AtomicInteger VALIDATED = new AtomicInteger();
    static final AtomicInteger UNDOCUMENTED = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String tally = "[pfe-it] %d API answers validated against the OpenAPI document (%d to paths it does not"
                    .formatted(VALIDATED.get(), UNDOCUMENTED.get()) + " describe)";
            System.out.println(tally);
            try {
                java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("pfe.test.work", "target/it"),
                        "contract-validation.txt");
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, tally + System.lineSeparator());
            } catch (IOException ignored) {
                // the tally is only informative
            }
        }, "pfe-it-contract"));
    }

    private record Route(Pattern pattern, int literals, String template, JsonNode item) {
    }

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ApiDocument(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            StringBuilder regex = new StringBuilder("^");
            int literals = 0;
            for (String segment : path.getKey().substring(1).split("/")) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    regex.append("[^/]+");
                } else if (segment.contains("{")) {
                    regex.append(Pattern.quote(segment.substring(0, segment.indexOf('{')))).append("[^/]+")
                            .append(Pattern.quote(segment.substring(segment.indexOf('}') + 1)));
                } else {
                    regex.append(Pattern.quote(segment));
                    literals++;
                }
            }
            routes.add(new Route(Pattern.compile(regex.append('$').toString()), literals, path.getKey(),
                    path.getValue()));
        }
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    /** The document served by the application at this address's origin (fetched once). */
    static ApiDocument of(URI anyAddress) {
        String origin = anyAddress.getScheme() + "://" + anyAddress.getAuthority();
        return BY_ORIGIN.computeIfAbsent(origin, ApiDocument::fetch);
    }

    private static ApiDocument fetch(String origin) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(origin + "/openapi")).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(90)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/openapi answered " + answer.statusCode());
            }
            return new ApiDocument(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /**
     * What is wrong with this answer by the document (empty when it is right, or when the document describes no
     * such operation: the answer of a path or method the API does not have is not the contract's business).
     */
    List<String> check(String method, URI uri, int status, String contentType, String body) {
        String path = uri.getRawPath();
        Route route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst().orElse(null);
        JsonNode operation = route == null ? null : route.item().get(method.toLowerCase(Locale.ROOT));
        if (operation == null || status == 405) {
            UNDOCUMENTED.incrementAndGet();
            return List.of();
        }
        VALIDATED.incrementAndGet();
        String where = method + " " + route.template() + " -> " + status + ": ";
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        if (response == null) {
            return List.of(where + "status not documented (documented: " + names(responses) + ")");
        }
        JsonNode content = response.get("content");
        String mediaType = contentType == null || contentType.isBlank() ? ""
                : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (content == null || content.isEmpty()) {
            return body == null || body.isEmpty() || status != 204 ? List.of()
                    : List.of(where + "a body where the document says none");
        }
        if (body == null || body.isEmpty()) {
            return status == 204 || method.equals("HEAD") ? List.of() : List.of(where + "no body, documented: "
                    + names(content));
        }
        JsonNode media = content.get(mediaType);
        if (media == null) {
            media = content.get("*/*");
        }
        if (media == null) {
            return List.of(where + "media type " + mediaType + " not documented (documented: " + names(content)
                    + ")");
        }
        JsonNode schema = media.get("schema");
        if (schema == null || !(mediaType.endsWith("json"))) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + "the body is not JSON");
        }
        String pointer = route.template() + " " + method + " " + status + " " + mediaType;
        JsonSchema validator = compiled.computeIfAbsent(pointer, key -> compile(schema));
        Set<ValidationMessage> messages = validator.validate(instance);
        List<String> wrong = new ArrayList<>();
        for (ValidationMessage message : messages) {
            wrong.add(where + message.getMessage());
        }
        return wrong;
    }

    /** Each schema of the components, compiled as JSON Schema 2020-12: what is wrong with any of them. */
    List<String> schemaErrors() {
        List<String> errors = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(entry -> {
            try {
                JsonSchema schema = compile(entry.getValue());
                schema.initializeValidators();
            } catch (RuntimeException wrong) {
                errors.add("schema " + entry.getKey() + ": " + wrong.getMessage());
            }
        });
        return errors;
    }

    /** The schema with the document's components beside it, so that its references resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", document.path("components").deepCopy());
        return schemas.getSchema(root, config);
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
