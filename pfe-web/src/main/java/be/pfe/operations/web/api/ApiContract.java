package be.pfe.operations.web.api;

import be.pfe.operations.web.security.SessionUser;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The finishing of the API's description ({@code mp.openapi.filter}), over what the runtime read from the
 * resources' annotations: OpenAPI 3.1; the security schemes, applied to each operation; one tag per feature and
 * an operation id built from the method and the path (unique by construction); the success answers under their
 * status code; the shared problem document ({@code application/problem+json}) on every error status an operation
 * can answer; {@code ETag}/{@code If-Match} and {@code Location} where they are sent; the server's address without
 * a trailing slash; the runtime's own extra key ({@code endpoints}) removed.
 */
public class ApiContract implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";
    static final String CSRF = "csrfHeader";

    /** The features, their tag and what the tag says. */
    private static final Map<String, String[]> FEATURES = new LinkedHashMap<>();

    static {
        feature("centres", "Centres", "The centres, their rooms and closures");
        feature("courses", "Courses", "The region's course catalogue");
        feature("trainers", "Trainers", "Trainers shared by the centres: qualifications, availability, absences");
        feature("sessions", "Sessions", "Course sessions: planning, meetings, status, trainers, history");
        feature("meetings", "Sessions", null);
        feature("enrolments", "Enrolments", "Learners' enrolments in sessions and their steps");
        feature("learners", "Learners", "Learners: registration, details, pathway");
        feature("placements", "Placements", "Work placements in companies");
        feature("companies", "Companies", "The region's companies, their contacts and recruitment needs");
        feature("screenings", "Screenings", "Screenings of candidates before a session");
        feature("validations", "Validations", "Validation sessions of competences and their candidates");
        feature("occupancy", "Figures", "Seats offered and occupancy figures");
        feature("reports", "Figures", null);
        feature("yearly-reports", "Figures", null);
        feature("plans", "Plans", "The Joint Action Plans and their approval");
        feature("timetabling", "Timetabling", "Automatic timetabling jobs");
        feature("conflicts", "Conflicts", "Scheduling conflicts");
        feature("calendars", "Calendars", "iCalendar feeds of rooms, sessions and trainers");
        feature("imports", "Imports", "Imports of partners' files (CSV, XLSX)");
        feature("users", "Users", "User accounts and their roles (administrators)");
        feature("privacy", "Privacy", "Personal data: retention, subject-access export, erasure");
        feature("outbox", "Notifications", "Messages to learners and partners: the outbox, its sending and letters");
        feature("partners", "Notifications", null);
        feature("documents", "Documents", "Numbered documents (convocations, attestations) and what they attested");
    }

    private static void feature(String segment, String tag, String description) {
        FEATURES.put(segment, new String[]{tag, description});
    }

    /** OpenAPI 3.0's boolean exclusiveMinimum/Maximum (the runtime writes false) are numbers in 3.1: left out. */
    @Override
    public Schema filterSchema(Schema schema) {
        withoutDefaults(schema);
        return schema;
    }

    private static void withoutDefaults(Schema schema) {
        // nullable is no keyword of OpenAPI 3.1; the other flags are false by default
        schema.setNullable(null);
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        // the defaults of @Schema's attributes, which the runtime copies as if they had been given
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setOpenapi("3.1.0");
        removeRuntimeExtras(openAPI);
        servers(openAPI);
        openAPI.getInfo().setDescription(DESCRIPTION);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.setSecuritySchemes(securitySchemes());
        problemSchemas(components);
        Set<String> operationIds = new HashSet<>();
        Map<String, Tag> tags = new TreeMap<>();
        Set<String> versioned = versionedPaths(openAPI);
        Map<String, PathItem> paths = openAPI.getPaths() == null ? Map.of() : openAPI.getPaths().getPathItems();
        for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
            String path = entry.getKey();
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : entry.getValue().getOperations().entrySet()) {
                finish(path, operation.getKey(), operation.getValue(), operationIds, tags, versioned);
            }
        }
        openAPI.setTags(new ArrayList<>(tags.values()));
        unusedSchemas(openAPI, components);
        components.getSchemas().values().forEach(ApiContract::types);
        counts(components, "ImportReportView", "outcomes", "The number of rows per outcome");
        counts(components, "BreakdownRow", "spots", "The occupied spots per line of the yearly report");
    }

    /** A map from an enumeration to counts, which the runtime describes as the enumeration itself. */
    private static void counts(Components components, String schema, String property, String description) {
        Schema owner = components.getSchemas() == null ? null : components.getSchemas().get(schema);
        if (owner != null && owner.getProperties() != null && owner.getProperties().containsKey(property)) {
            owner.addProperty(property, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description(description).additionalPropertiesSchema(OASFactory.createSchema()
                            .type(Schema.SchemaType.INTEGER).format("int64")));
        }
    }

    /** Identifiers the runtime reads as "number" (it does so for every long). */
    private static final Set<String> IDENTIFIERS = Set.of("id", "version", "revision", "total", "learner", "session",
            "enrolment", "meeting", "company", "arrival");

    /**
     * What the runtime leaves vague: enumerations without their type, identifiers (longs) as numbers, fields of any
     * JSON value (Java's Object) as objects.
     */
    private static void types(Schema schema) {
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getType() == null) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Schema value = property.getValue();
            if (value.getEnumeration() != null && !value.getEnumeration().isEmpty() && value.getType() == null) {
                value.setType(Schema.SchemaType.STRING);
            }
            if (value.getType() == Schema.SchemaType.NUMBER && value.getFormat() == null
                    && (IDENTIFIERS.contains(property.getKey()) || property.getKey().endsWith("Id"))) {
                value.setType(Schema.SchemaType.INTEGER);
                value.setFormat("int64");
            }
            if (value.getType() == Schema.SchemaType.OBJECT
                    && (value.getProperties() == null || value.getProperties().isEmpty())
                    && value.getRef() == null && value.getAdditionalPropertiesSchema() == null
                    && value.getAdditionalPropertiesBoolean() == null) {
                value.setType(null);
                value.setDescription("Any JSON value");
            }
        }
    }

    /**
     * The runtime also describes classes of the libraries that no operation uses (the solver's settings...): only
     * the schemas reached from the operations stay; and every schema loses the defaults of {@code @Schema}.
     */
    private static void unusedSchemas(OpenAPI openAPI, Components components) {
        if (components.getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        List<Schema> roots = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> roots.add(p.getSchema()));
                }
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : op.getResponses().getAPIResponses().values()) {
                        if (response.getContent() != null) {
                            response.getContent().getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
                        }
                    }
                }
            }
        }
        Set<String> used = new HashSet<>();
        walk(roots, components, used, true);
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
        walk(new ArrayList<>(components.getSchemas().values()), components, used, false);
    }

    /** Every schema from these, through their parts (and the components they name, when following references). */
    private static void walk(List<Schema> start, Components components, Set<String> used, boolean references) {
        List<Schema> pending = new ArrayList<>(start);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            withoutDefaults(schema);
            if (schema.getRef() != null && references) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && components.getSchemas().containsKey(name)) {
                    pending.add(components.getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            pending.add(schema.getNot());
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    pending.addAll(list);
                }
            }
        }
    }

    private static final String DESCRIPTION = """
            Centres, course sessions, enrolments, placements and seat figures of the Brussels training and \
            employment centres (Pôles Formation Emploi), for the partners' systems (Actiris, Bruxelles Formation, \
            VDAB). A guide with a worked example is in docs/api.md.

            **Authentication.** HTTP Basic with every request (no challenge is sent: a 401 is a problem document), \
            or the session cookie of the pages (`JSESSIONID`, also after a sign-in through OpenID Connect when the \
            centre enables it), in which case every change (POST, PUT, PATCH, DELETE) carries the session's token \
            in the `X-CSRF-Token` header.

            **Languages.** Titles and messages follow `Accept-Language` (`fr`, `nl`, `en`; French otherwise); \
            the answer says which in `Content-Language`.

            **Dates.** ISO-8601: dates `2026-01-31`, times `09:00:00`, instants with their offset.

            **Paging.** Every list takes `first` (the index of the first row, from 0) and `size` (how many rows, at \
            most 200). The long lists (sessions, learners) answer a page object: its rows, `total` (the number of rows \
            of the whole list), `first` and `size` (20 unless told); every other list answers an array (the whole \
            list unless `size` is given) and tells the number of rows of the whole list in the `X-Total-Count` \
            header. `sort` and `order` (`asc`, `desc`) where a list can be sorted; filters are named after the \
            property they filter (`centre`, `course`, `status`, `from`, `to`, `q` for a text). A creation answers \
            201 with the new record's address in `Location`.

            **Errors.** Every error is an RFC 9457 problem document (`application/problem+json`, schema `Problem`) \
            with a stable machine-readable `code`, a `detail` in the caller's language, the refused fields in \
            `errors` and, for scheduling refusals, the `conflicts`. 400: a malformed request or parameter; 401: no \
            or wrong credentials; 403: not allowed (another centre's records are refused alike, naming nothing); \
            404: no such record; 409: refused by the state of the records (a conflict, a stale version in the body); \
            412: the `If-Match` version is no longer the current one; 413: the body is too large; 422: a rule \
            refused the values (see `errors`); 428: a change of a versioned record without `If-Match`; 429: too \
            many attempts.

            **Versions and concurrent changes.** Records people edit answer with their version as `ETag`; a change \
            sends it back in `If-Match` and is refused with 412 when someone changed the record since, and with \
            428 when it carries no `If-Match` (or, where the body has one, no `version`/`revision`).

            **Versioning of the API.** The path carries the major version (`/api/v1`); within it, changes only add \
            (operations, optional parameters, properties of answers): clients must ignore properties they do not \
            know.""";

    private static void removeRuntimeExtras(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            // another runtime: no such extra key
        }
    }

    private static void servers(OpenAPI openAPI) {
        List<Server> servers = openAPI.getServers();
        if (servers == null || servers.isEmpty()) {
            return;
        }
        for (Server server : servers) {
            String url = server.getUrl();
            while (url != null && url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            server.setUrl(url);
            server.setDescription("This installation of PFE Operations");
        }
    }

    private static Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user's username and password with every request (no WWW-Authenticate challenge)"));
        schemes.put(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("The session of the pages (signed in on the login page, or through OpenID Connect "
                        + "when enabled)"));
        schemes.put(CSRF, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(SessionUser.CSRF_HEADER)
                .description("With the session cookie, every change carries the session's token"));
        return schemes;
    }

    private static void problemSchemas(Components components) {
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One input field that was refused")
                .addProperty("field", string("The field, as named in the request"))
                .addProperty("code", string("A stable reason (a message key)"))
                .addProperty("message", string("What is wrong, in the caller's language"))
                .required(List.of("code", "message"));
        Schema conflict = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One scheduling conflict, explained; mode says whether it blocks or may be accepted")
                .addProperty("kind", string(null))
                .addProperty("label", string(null))
                .addProperty("mode", string(null))
                .addProperty("date", string(null).format("date"))
                .addProperty("start", ref("LocalTime"))
                .addProperty("end", ref("LocalTime"))
                .addProperty("otherSessionId", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .format("int64"))
                .addProperty("message", string(null));
        Schema problem = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document")
                .addProperty("type", string("urn:pfe-operations:problem: followed by the code").format("uri"))
                .addProperty("title", string("The status, in words, in the caller's language"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string("What happened, in the caller's language"))
                .addProperty("instance", string("The path of the request"))
                .addProperty("code", string("A stable, machine-readable reason, e.g. access.denied.record"))
                .addProperty("requestId", string("The request's id (X-Request-Id, sent or given): quote it to the "
                        + "support desk; the server's log lines of the request carry it"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(ref("ProblemFieldError")))
                .addProperty("conflicts", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(ref("ProblemConflict")))
                .required(List.of("type", "title", "status", "detail", "code", "errors"));
        components.addSchema("ProblemFieldError", fieldError);
        components.addSchema("ProblemConflict", conflict);
        components.addSchema(PROBLEM, problem);
    }

    private static Schema string(String description) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return description == null ? schema : schema.description(description);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    /** The paths of records changed with If-Match: their GET answers with the ETag. */
    private static Set<String> versionedPaths(OpenAPI openAPI) {
        Set<String> versioned = new HashSet<>();
        if (openAPI.getPaths() == null) {
            return versioned;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(op -> {
            if (hasHeader(op, "If-Match")) {
                versioned.add(path);
                String record = recordPath(path);
                if (record != null) {
                    versioned.add(record);
                }
            }
        }));
        return versioned;
    }

    /** {@code /api/v1/sessions/{id}} for {@code /api/v1/sessions/{id}/opening}. */
    private static String recordPath(String path) {
        String[] segments = path.split("/");
        if (segments.length >= 5 && segments[4].startsWith("{")) {
            return String.join("/", java.util.Arrays.copyOf(segments, 5));
        }
        return null;
    }

    private static boolean hasHeader(Operation op, String name) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void finish(String path, PathItem.HttpMethod method, Operation op, Set<String> operationIds,
                               Map<String, Tag> tags, Set<String> versioned) {
        String[] segments = path.replaceFirst("^/api/v1/?", "").split("/");
        String[] feature = FEATURES.getOrDefault(segments[0], new String[]{capitalized(segments[0]), null});
        String tag = feature[0];
        tags.computeIfAbsent(tag, name -> OASFactory.createTag().name(name));
        if (feature[1] != null && tags.get(tag).getDescription() == null) {
            tags.get(tag).setDescription(feature[1]);
        }
        op.setTags(List.of(tag));
        String id = operationId(method, segments);
        String unique = id;
        for (int i = 2; !operationIds.add(unique); i++) {
            unique = id + i;
        }
        op.setOperationId(unique);
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            op.setSummary(method + " " + path);
        }
        boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        security(op, change);
        responses(path, method, op, change, versioned.contains(path));
        if (method == PathItem.HttpMethod.GET) {
            paging(op); // after responses(): an answer described as "default" is the 200 now
        }
    }

    /**
     * A list (its answer an array) takes {@code first} and {@code size} (see {@link CollectionPaging}) and tells its
     * length in {@code X-Total-Count}; the page objects (sessions, learners) declare the same parameters themselves.
     */
    private static void paging(Operation op) {
        APIResponse ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
        Schema schema = ok == null || ok.getContent() == null || !ok.getContent().hasMediaType("application/json")
                ? null : ok.getContent().getMediaType("application/json").getSchema();
        if (schema == null || schema.getType() != Schema.SchemaType.ARRAY && schema.getItems() == null) {
            return;
        }
        pagingParameter(op, "first", "The index of the first row, from 0", 0, null);
        pagingParameter(op, "size", "How many rows (the whole list from first when not given)", 1,
                CollectionPaging.MAX_SIZE);
        ok.addHeader(CollectionPaging.TOTAL, OASFactory.createHeader()
                .description("The number of rows of the whole list, whatever the page")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(
                        java.math.BigDecimal.ZERO)));
    }

    private static void pagingParameter(Operation op, String name, String description, int minimum,
                                        Integer maximum) {
        if (op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()))) {
            return;
        }
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                .minimum(java.math.BigDecimal.valueOf(minimum));
        if (maximum != null) {
            schema.maximum(java.math.BigDecimal.valueOf(maximum));
        }
        op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .required(false).schema(schema));
    }

    /** getSessions, getSession, createSession, postSessionOpening, putSessionWeeklyPattern, deleteCentreClosure... */
    static String operationId(PathItem.HttpMethod method, String[] segments) {
        StringBuilder words = new StringBuilder();
        String last = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") || segment.isEmpty()) {
                continue;
            }
            boolean member = i + 1 < segments.length && segments[i + 1].startsWith("{");
            last = segment;
            words.append(capitalized(member ? singular(segment) : segment));
        }
        boolean collection = !segments[segments.length - 1].startsWith("{");
        String verb = switch (method) {
            case GET -> "get";
            case POST -> collection && last != null && last.endsWith("s") ? "create" : "post";
            case PUT -> "put";
            case DELETE -> "delete";
            case PATCH -> "patch";
            default -> method.name().toLowerCase(Locale.ROOT);
        };
        String name = words.toString();
        if ("create".equals(verb)) {
            name = name.substring(0, name.length() - capitalized(last).length()) + capitalized(singular(last));
        }
        return verb + name;
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String capitalized(String segment) {
        StringBuilder name = new StringBuilder();
        for (String part : segment.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static void security(Operation op, boolean change) {
        SecurityRequirement basic = OASFactory.createSecurityRequirement().addScheme(BASIC);
        SecurityRequirement session = OASFactory.createSecurityRequirement().addScheme(SESSION);
        if (change) {
            session.addScheme(CSRF);
        }
        op.setSecurity(List.of(basic, session));
    }

    private static void responses(String path, PathItem.HttpMethod method, Operation op, boolean change,
                                  boolean versioned) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        Map<String, APIResponse> map = responses.getAPIResponses() == null ? Map.of()
                : new LinkedHashMap<>(responses.getAPIResponses());
        boolean hasSuccess = map.keySet().stream().anyMatch(code -> code.startsWith("2"));
        APIResponse byDefault = map.get("default");
        if (!hasSuccess) {
            APIResponse success = byDefault != null ? byDefault : OASFactory.createAPIResponse();
            if (success.getDescription() == null || success.getDescription().startsWith("Default")) {
                success.setDescription("OK");
            }
            responses.removeAPIResponse("default");
            responses.addAPIResponse("200", success);
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(entry.getKey());
            }
            if ("201".equals(entry.getKey()) && (response.getHeaders() == null
                    || !response.getHeaders().containsKey("Location"))) {
                response.addHeader("Location", header("The address of what was created", "uri"));
            }
            if (entry.getKey().startsWith("2") && versioned && !"204".equals(entry.getKey())) {
                response.addHeader("ETag", header("The record's version, to send back in If-Match", null));
            }
        }
        boolean hasInput = (op.getParameters() != null && !op.getParameters().isEmpty())
                || op.getRequestBody() != null;
        problem(responses, "400", "A malformed request: a parameter, a header or the body cannot be read", hasInput
                || change);
        problem(responses, "401", "No credentials, or wrong ones", true);
        problem(responses, "403", "Not allowed to this user (another centre's records are refused alike)", true);
        problem(responses, "404", "No such record", path.contains("{"));
        problem(responses, "409", "Refused by the state of the records", change);
        problem(responses, "413", "The body is too large", op.getRequestBody() != null);
        problem(responses, "422", "A rule refused the values (see errors)", change || hasInput);
        problem(responses, "412", "Changed by someone else since the If-Match version", hasHeader(op, "If-Match"));
        problem(responses, "428", "A change without If-Match", hasHeader(op, "If-Match"));
        problem(responses, "429", "Too many attempts: wait before trying again", true);
        problem(responses, "default", "Another error (e.g. 405, 406, 415, 500, 503), as a problem document", true);
    }

    private static Header header(String description, String format) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        if (format != null) {
            schema.format(format);
        }
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static void problem(APIResponses responses, String status, String description, boolean applies) {
        APIResponse response = responses.getAPIResponse(status);
        if (!applies && response == null) {
            return;
        }
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null || !response.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            // an error answer is always the problem document, whatever else the annotations say
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(ref(PROBLEM)));
            response.setContent(content);
        }
        response.addHeader("Content-Language", header("The language of detail and messages", null));
    }
}
