package be.pfe.operations.web.platform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per log line (JSON Lines), for log collectors: {@code timestamp} (UTC, ISO-8601), {@code level},
 * {@code logger}, {@code thread}, {@code message}, {@code requestId} (the request being served, see
 * {@link RequestIds}; absent outside requests), {@code instance} (PFE_INSTANCE_NAME) and {@code exception} (the stack
 * trace). Chosen by {@code PFE_LOG_FORMAT=json} ({@link LogFormat}). It writes what the code logs and nothing more:
 * the application logs no personal data (docs/privacy.md), and the request id is opaque.
 */
public class JsonLogFormatter extends Formatter {

    private final String instance;

    public JsonLogFormatter() {
        this(System.getenv("PFE_INSTANCE_NAME"));
    }

    JsonLogFormatter(String instance) {
        this.instance = instance;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(256);
        line.append("{\"timestamp\":");
        string(line, Instant.ofEpochMilli(record.getMillis()).toString());
        line.append(",\"level\":");
        string(line, record.getLevel().getName());
        line.append(",\"logger\":");
        string(line, record.getLoggerName());
        line.append(",\"thread\":");
        string(line, Thread.currentThread().getName());
        line.append(",\"message\":");
        string(line, formatMessage(record));
        String requestId = RequestIds.current();
        if (requestId != null) {
            line.append(",\"requestId\":");
            string(line, requestId);
        }
        if (instance != null && !instance.isBlank()) {
            line.append(",\"instance\":");
            string(line, instance);
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(",\"exception\":");
            string(line, trace.toString());
        }
        return line.append("}\n").toString();
    }

    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
