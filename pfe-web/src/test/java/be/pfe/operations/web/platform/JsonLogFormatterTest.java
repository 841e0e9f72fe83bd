package be.pfe.operations.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLogFormatterTest {

    private static JsonObject parse(String line) {
        assertTrue(line.endsWith("}\n"), "one line per record: " + line);
        assertEquals(1, line.split("\n", -1).length - 1, "no line break inside the record");
        return Json.createReader(new StringReader(line)).readObject();
    }

    @Test
    void writesOneJsonObjectWithTheRequestIdOfTheThread() throws Exception {
        JsonLogFormatter formatter = new JsonLogFormatter("pfe-1");
        LogRecord record = new LogRecord(Level.SEVERE, "Unexpected failure, reference {0} \"quoted\"\tand\nmore");
        record.setParameters(new Object[] {"abc123"});
        record.setLoggerName("be.pfe.Test");
        record.setThrown(new IllegalStateException("boom"));

        JsonObject outside = parse(formatter.format(record));
        assertFalse(outside.containsKey("requestId"), "no request, no id");

        Thread thread = new Thread(() -> {
            var request = new FakeRequest("req-42.a_b");
            new RequestIds().requestInitialized(new jakarta.servlet.ServletRequestEvent(null, request.proxy()));
            JsonObject inside = parse(formatter.format(record));
            assertEquals("req-42.a_b", inside.getString("requestId"));
            assertEquals("SEVERE", inside.getString("level"));
            assertEquals("be.pfe.Test", inside.getString("logger"));
            assertEquals("pfe-1", inside.getString("instance"));
            assertEquals("Unexpected failure, reference abc123 \"quoted\"\tand\nmore", inside.getString("message"));
            assertTrue(inside.getString("exception").contains("IllegalStateException: boom"));
            assertTrue(inside.getString("timestamp").endsWith("Z"));
        });
        thread.start();
        thread.join();
    }

    @Test
    void aRequestIdIsTakenOnlyWhenItIsAPlainToken() {
        assertEquals("abc-DEF_1.2", RequestIds.of(new FakeRequest("abc-DEF_1.2").proxy()));
        String generated = RequestIds.of(new FakeRequest("Jean Dupont <jd@example.org>").proxy());
        assertTrue(generated.matches("[0-9a-f]{24}"), generated);
        assertTrue(RequestIds.of(new FakeRequest(null).proxy()).matches("[0-9a-f]{24}"));
        assertTrue(RequestIds.of(new FakeRequest("x".repeat(65)).proxy()).matches("[0-9a-f]{24}"));
        var request = new FakeRequest(null);
        assertEquals(RequestIds.of(request.proxy()), RequestIds.of(request.proxy()), "one id per request");
    }

    /** A request with one header and attributes, nothing else. */
    static final class FakeRequest {
        private final String header;
        private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();

        FakeRequest(String header) {
            this.header = header;
        }

        jakarta.servlet.http.HttpServletRequest proxy() {
            return (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                    (p, method, args) -> switch (method.getName()) {
                        case "getHeader" -> RequestIds.HEADER.equalsIgnoreCase((String) args[0]) ? header : null;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        default -> null;
                    });
        }
    }
}
