package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateWindow;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every request body of the API, before JSON-B binds it: refused with 413 above its size limit (JSON bodies
 * {@code pfe.request.max-json-bytes}, 1 MiB; files sent to the imports {@code pfe.request.max-upload-bytes},
 * 10 MiB), and a JSON body checked value by value against the Java type it is bound to, so that nothing is bound
 * by guess: whole numbers are JSON numbers without decimals within the range of their type (never wrapped,
 * truncated or read from a string), booleans are {@code true} or {@code false}, enum values are one of the
 * values, dates are {@code YYYY-MM-DD} within the {@link DateWindow} (birth dates have their own rule), texts are
 * JSON strings that pass {@link TypedText#requireReadable} (every string of the body, map keys included). Each
 * refusal is a 422 problem naming the field by its path in the body (e.g. {@code slots[0].day}).
 * A body that is not JSON at all is left to JSON-B (400).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictBodies implements ReaderInterceptor {

    public static final long DEFAULT_MAX_JSON_BYTES = 1L << 20;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L << 20;

    private static final String BIRTH_DATE = "birthDate";
    private static final long DRAIN_FACTOR = 16;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == InputStream.class) {
            // a file read as a stream by its resource (the imports), after its rights are checked, within its own limit
            return context.proceed();
        }
        boolean json = isJson(context.getMediaType());
        long limit = json ? limit("pfe.request.max-json-bytes", DEFAULT_MAX_JSON_BYTES)
                : limit("pfe.request.max-upload-bytes", DEFAULT_MAX_UPLOAD_BYTES);
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > limit) {
                    throw tooLarge(context.getInputStream(), limit);
                }
            } catch (NumberFormatException e) {
                // the container checks the header itself; the bytes are counted below anyway
            }
        }
        byte[] body = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw tooLarge(context.getInputStream(), limit);
        }
        if (json && body.length > 0 && !unchecked(context.getType())) {
            JsonValue value;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                value = reader.readValue();
            } catch (JsonException e) {
                value = null; // not JSON: JSON-B refuses it as malformed (400)
            }
            if (value != null) {
                check(value, context.getGenericType(), "");
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * The refusal of a body above its limit. What the client is still sending is read and thrown away (up to
     * {@value #DRAIN_FACTOR} times the limit), so that a client that only reads the answer once its request is
     * sent gets the 413 instead of waiting; beyond that the connection is closed after the answer.
     */
    public static BodyTooLargeException tooLarge(InputStream rest, long limit) {
        try {
            long left = DRAIN_FACTOR * limit;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (left > 0 && (read = rest.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the client went away: nothing more to read
        }
        return new BodyTooLargeException(limit);
    }

    /** A size in MiB as people write it: 1, 10, 0.5. */
    static String mebibytes(long bytes) {
        return new DecimalFormat("0.##").format(bytes / (double) (1L << 20)) + " MiB";
    }

    private static long limit(String property, long defaultValue) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(property, Long.class).orElse(defaultValue);
        } catch (RuntimeException e) {
            return defaultValue;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private static boolean unchecked(Class<?> type) {
        return type == byte[].class || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type);
    }

    /** Checks one value against the type it will be bound to; {@code path} names it in a refusal. */
    static void check(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            anything(value, path);
        } else if (raw == String.class || raw == CharSequence.class) {
            TypedText.requireReadable(text(value, path), name(path), true);
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == short.class || raw == Short.class) {
            whole(value, path, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == byte.class || raw == Byte.class) {
            whole(value, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
        } else if (raw == BigInteger.class) {
            if (!(value instanceof JsonNumber number) || number.bigDecimalValue().scale() != 0) {
                throw new BusinessRuleException("input.wholeNumber.any", name(path), name(path));
            }
        } else if (raw.isPrimitive() && raw != boolean.class && raw != char.class
                || Number.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonNumber)) {
                throw new BusinessRuleException("input.number", name(path), name(path));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw new BusinessRuleException("input.boolean", name(path), name(path));
            }
        } else if (raw.isEnum()) {
            choice(value, raw, path);
        } else if (raw == LocalDate.class) {
            date(value, path);
        } else if (Temporal.class.isAssignableFrom(raw)) {
            TypedText.requireReadable(text(value, path), name(path), false);
        } else if (raw == Optional.class) {
            check(value, argument(type, 0), path);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Type element = raw.isArray() ? (type instanceof GenericArrayType array ? array.getGenericComponentType()
                    : raw.getComponentType()) : argument(type, 0);
            if (value instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), element, path + "[" + i + "]");
                }
            } else {
                anything(value, path);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value instanceof JsonObject object) {
                Type valueType = argument(type, 1);
                object.forEach((key, member) -> {
                    TypedText.requireReadable(key, name(path), false);
                    check(member, valueType, child(path, key));
                });
            } else {
                anything(value, path);
            }
        } else if (raw.isRecord() && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (object.containsKey(component.getName())) {
                    check(object.get(component.getName()), component.getGenericType(),
                            child(path, component.getName()));
                }
            }
        } else if (raw.getName().startsWith("be.pfe.") && value instanceof JsonObject object) {
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                            && object.containsKey(field.getName())) {
                        check(object.get(field.getName()), field.getGenericType(), child(path, field.getName()));
                    }
                }
            }
        } else {
            anything(value, path);
        }
    }

    /** A value of no known type: every string in it must still be readable text. */
    private static void anything(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING -> TypedText.requireReadable(((JsonString) value).getString(), name(path), true);
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    anything(array.get(i), path + "[" + i + "]");
                }
            }
            case OBJECT -> value.asJsonObject().forEach((key, member) -> {
                TypedText.requireReadable(key, name(path), false);
                anything(member, child(path, key));
            });
            default -> {
                // numbers, true, false: nothing to read
            }
        }
    }

    private static String text(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new BusinessRuleException("input.text.expected", name(path), name(path));
    }

    private static void whole(JsonValue value, String path, long min, long max) {
        if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.bigDecimalValue();
            if (decimal.scale() == 0 && decimal.compareTo(BigDecimal.valueOf(min)) >= 0
                    && decimal.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return;
            }
        }
        // the bounds as text: they are shown as they are, not grouped the way a language groups digits
        throw new BusinessRuleException("input.wholeNumber", name(path), name(path), Long.toString(min),
                Long.toString(max));
    }

    private static void choice(JsonValue value, Class<?> type, String path) {
        if (value instanceof JsonString string) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(string.getString())) {
                    return;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
        throw new BusinessRuleException("input.choice", name(path), name(path), allowed);
    }

    private static void date(JsonValue value, String path) {
        LocalDate date;
        try {
            date = value instanceof JsonString string ? LocalDate.parse(string.getString()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new BusinessRuleException("input.date", name(path), name(path));
        }
        if (!BIRTH_DATE.equals(last(path))) {
            DateWindow.requireWithin(date, name(path));
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType array) {
            Class<?> component = raw(array.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String last(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
