package be.pfe.operations.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small HTTP client for the API tests. The static methods send the credentials of the demonstration
 * administrator (HTTP Basic); {@link #as(String)} sends another demonstration user's, {@link #anonymous()} none.
 * Every answer of an operation of the API's OpenAPI document is checked against that document
 * ({@link ApiDocument}): a test fails on an answer the contract does not describe.
 */
final class Http {

    /** The password of every demonstration account (db/demo/V900__demo_users.sql). */
    static final String DEMO_PASSWORD = "pfe-demo-2042";
    static final String ADMINISTRATOR = "admin";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    record Answer(int status, String contentType, String contentLanguage, String location, String body,
                  java.net.http.HttpHeaders headers) {

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Requests as one user (or as nobody when the username is null). */
    record User(String username, String password, boolean atCurrentVersion) {

        User(String username, String password) {
            this(username, password, false);
        }

        /**
         * This user, sending with each change the record's current version as If-Match (its ETag, read first as
         * this user from the record's address, /api/v1/{collection}/{id}; "0" when the user may not read it, so
         * that the answer is the refusal the change itself gets).
         */
        User current() {
            return new User(username, password, true);
        }

        private HttpRequest.Builder versioned(HttpRequest.Builder request, String url) {
            if (atCurrentVersion) {
                java.util.regex.Matcher record = java.util.regex.Pattern.compile("^(.*/api/v1/[^/]+/[^/?]+)")
                        .matcher(url);
                String etag = null;
                if (record.find()) {
                    etag = new User(username, password).get(record.group(1), "en").header("ETag");
                }
                request.header("If-Match", etag == null ? "\"0\"" : etag);
            }
            return request;
        }

        Answer get(String url, String language) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language).GET());
        }

        Answer post(String url, String body, String language) {
            return send(versioned(HttpRequest.newBuilder(URI.create(url)), url)
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
        }

        Answer put(String url, String body, String language) {
            return send(versioned(HttpRequest.newBuilder(URI.create(url)), url)
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        Answer postFile(String url, byte[] content, String contentType, String language) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Language", language)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
        }

        /** Sends the request as built (extra headers, cookies...) with this user's credentials. */
        Answer send(HttpRequest.Builder request) {
            if (username != null) {
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return Http.send(request);
        }
    }

    /** A demonstration user, with the demonstration password. */
    static User as(String username) {
        return new User(username, DEMO_PASSWORD);
    }

    /** The administrator, sending the current version of the record each change names (see User.current). */
    static User current() {
        return as(ADMINISTRATOR).current();
    }

    static User anonymous() {
        return new User(null, null);
    }

    static Answer get(String url, String language) {
        return as(ADMINISTRATOR).get(url, language);
    }

    static Answer post(String url, String body, String language) {
        return as(ADMINISTRATOR).post(url, body, language);
    }

    /** Sends a file as the request body, e.g. a CSV file ({@code text/csv}). */
    static Answer postFile(String url, byte[] content, String contentType, String language) {
        return as(ADMINISTRATOR).postFile(url, content, contentType, language);
    }

    static Answer put(String url, String body, String language) {
        return as(ADMINISTRATOR).put(url, body, language);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest sent = request.timeout(Duration.ofSeconds(90)).build();
            HttpResponse<String> response = CLIENT.send(sent, HttpResponse.BodyHandlers.ofString());
            conforms(sent, response);
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every answer of the API must be what its OpenAPI document says (status, media type, body's schema). */
    private static void conforms(HttpRequest sent, HttpResponse<String> response) {
        if (!sent.uri().getRawPath().startsWith("/api/")) {
            return;
        }
        List<String> wrong = ApiDocument.of(sent.uri()).check(sent.method(), sent.uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
        if (!wrong.isEmpty()) {
            throw new AssertionError("The answer does not match the OpenAPI document:\n" + String.join("\n", wrong)
                    + "\n" + response.body());
        }
    }

    /** The answer is an RFC 9457 problem document with this status and code, and leaks nothing of the server. */
    static void assertProblem(Http.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertEquals(code, problem.getString("code"));
        assertEquals("urn:pfe-operations:problem:" + code, problem.getString("type"));
        assertFalse(problem.getString("detail").isBlank());
        // the request's id, also returned in the header and written into the request's log lines
        assertFalse(problem.getString("requestId", "").isBlank(), answer.body());
        assertEquals(answer.header("X-Request-Id"), problem.getString("requestId"));
        assertNoServerDetail(answer.body());
    }

    /** The body tells nothing of the server's insides (exceptions, stack traces, SQL, products). */
    static void assertNoServerDetail(String body) {
        for (String leak : List.of("Exception", "\tat ", "be.pfe.", "SQL", "org.eclipse", "Payara")) {
            assertFalse(body.contains(leak), "the answer leaks '" + leak + "': " + body);
        }
    }
}
