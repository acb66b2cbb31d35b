package org.madoguchi.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests that are wrong on purpose, made from a service's own OpenAPI document: for each operation it describes,
 * a request with one definite defect — a malformed or mistyped JSON body, a required field left out, text no service
 * takes (NUL and other control characters, unpaired surrogates, more than 10,000 characters), a malformed CSV file
 * for an import, a body of the wrong content type, a path or query parameter of the wrong type, an If-Match that
 * names no version — and, in its other
 * texts, characters that are odd but valid (right-to-left marks, zero-width joiners, combining marks, emoji,
 * full-width letters) and an Accept-Language that may be malformed, so that only the defect makes it wrong. A service answers every one with a 4xx problem and
 * stores nothing.
 */
final class MalformedRequests {

    /** The kinds of defect. */
    enum Defect {
        MALFORMED_JSON, WRONG_TYPE, MISSING_REQUIRED, BAD_TEXT, WRONG_CONTENT_TYPE, MALFORMED_CSV, PATH_PARAMETER,
        QUERY_PARAMETER, IF_MATCH
    }

    /** One request and what is wrong with it. */
    record Malformed(Operation operation, Defect defect, String detail, HttpRequest request) {

        @Override
        public String toString() {
            return operation + " " + defect + " (" + detail + ")";
        }
    }

    /** One operation of the document: its method, path template, parameters and request body. */
    record Operation(String method, String path, List<JsonNode> parameters, String mediaType, JsonNode bodySchema) {

        boolean hasBody() {
            return mediaType != null;
        }

        boolean json() {
            return mediaType != null && mediaType.contains("json");
        }

        boolean csv() {
            return mediaType != null && (mediaType.contains("csv") || mediaType.startsWith("text/plain"));
        }

        List<JsonNode> parametersIn(String where) {
            return parameters.stream().filter(p -> where.equals(p.path("in").asText())).toList();
        }

        List<Defect> defects() {
            List<Defect> defects = new ArrayList<>();
            if (json()) {
                defects.addAll(List.of(Defect.MALFORMED_JSON, Defect.WRONG_TYPE, Defect.BAD_TEXT,
                        Defect.WRONG_CONTENT_TYPE));
                if (bodySchema != null && bodySchema.path("required").size() > 0) {
                    defects.add(Defect.MISSING_REQUIRED);
                }
            } else if (csv()) {
                defects.add(Defect.MALFORMED_CSV);
            }
            if (parametersIn("path").stream().anyMatch(MalformedRequests::typed)) {
                defects.add(Defect.PATH_PARAMETER);
            }
            if (parametersIn("query").stream().anyMatch(MalformedRequests::typed)) {
                defects.add(Defect.QUERY_PARAMETER);
            }
            if (parametersIn("header").stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.path("name").asText()))) {
                defects.add(Defect.IF_MATCH);
            }
            return defects;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Valid but odd: right-to-left override and mark, zero-width joiner, combining acute, BOM, emoji, 𠮷, full width. */
    private static final List<String> ODD_BUT_VALID = List.of("\u202Eテキスト\u202C", "右\u200Fから", "家族\u200D👪",
            "e\u0301", "\uFEFF窓口", "🙂申請", "𠮷野家", "ＡＢＣ１２３", "ｶﾀｶﾅ", "全角\u3000空白", "Ǆ");
    /** Text no service stores: NUL, another C0 control, DEL, unpaired surrogates, over 10,000 characters. */
    private static final List<String> BAD_TEXT = List.of("a\u0000b", "bell\u0007", "del\u007F", "\uD800",
            "lone \uDC00 low", "x".repeat(10_001), "長".repeat(20_000));
    private static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":}", "[1,2", "{'a':1}", "{\"a\":1,}",
            "NaN", "{\"a\":\"\\x\"}", "", "null", "[]", "\"text\"", "42", "{\"a\":tru}", "}{",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"n\":1" + "0".repeat(2_000) + "}",
            "{\"s\":\"" + "\\u0041".repeat(10) + "\\ud83d\"}");
    /**
     * Not JSON. ({@code application/json; charset=…} is no defect: JSON is UTF-8 whatever the label says, and
     * application/json defines no charset parameter.)
     */
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "image/png", "foo/bar;;;");
    /** Path and query values of the wrong type, percent-encoded as they travel: NUL, invalid UTF-8, a lone surrogate. */
    private static final List<String> BAD_PARAMETERS = List.of("not-a-uuid", "%00", "%FF%FE", "%ED%A0%80",
            "%E2%80%AE" + "123", "1.5.3", "99999999999999999999999", "..%2F..%2Fetc", "%20", "-", "x".repeat(3_000),
            "2025-13-45", "NOT_A_VALUE", "%C3%28");
    private static final List<String> WRONG_VALUES_TEXT = List.of("{}", "[]", "[\"a\"]");
    /** An If-Match that names no version of ours: not quoted, weak, a list, a wildcard, not a number, too big. */
    private static final List<String> BAD_IF_MATCH = List.of("1", "garbage", "W/\"1\"", "\"1\", \"2\"", "*", "\"",
            "\"abc\"", "\"99999999999999999999\"", "\"-1\"", "\"\"", "\"" + "9".repeat(500) + "\"");
    /** Accept-Language as browsers and scripts send it, and as they should not. */
    private static final List<String> ACCEPT_LANGUAGES = List.of("ja", "en", "en-US,en;q=0.9,ja;q=0.5", "*",
            "xx;q=abc", ";;;", "ja;q=2.5", "zz-ZZZZ-1234567890", "", "fr-CA");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    MalformedRequests(JsonNode document) {
        this.document = document;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> shared.add(parameter(p)));
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>(shared);
                operation.path("parameters").forEach(p -> parameters.add(parameter(p)));
                String mediaType = null;
                JsonNode schema = null;
                Iterator<Map.Entry<String, JsonNode>> content = resolve(operation.path("requestBody"))
                        .path("content").properties().iterator();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    mediaType = first.getKey();
                    schema = resolve(first.getValue().path("schema"));
                }
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, mediaType, schema));
            }
        }
    }

    /** A parameter with its schema resolved (SmallRye OpenAPI names {@code UUID} and the date types by reference). */
    private JsonNode parameter(JsonNode reference) {
        JsonNode parameter = resolve(reference).deepCopy();
        if (parameter instanceof ObjectNode object && parameter.has("schema")) {
            object.set("schema", resolve(parameter.path("schema")));
        }
        return parameter;
    }

    List<Operation> operations() {
        return operations;
    }

    /** The operations a malformed request can be made for. */
    List<Operation> testable() {
        return operations.stream().filter(o -> !o.defects().isEmpty()).toList();
    }

    /** A request to {@code operation} with one defect, picked at random. */
    Malformed next(Operation operation, String baseUrl, String token, Random random) {
        List<Defect> defects = operation.defects();
        Defect defect = defects.get(random.nextInt(defects.size()));
        String contentType = operation.mediaType();
        byte[] body = operation.hasBody() ? skeletonBytes(operation, random) : null;
        String detail = "";
        String ifMatch = "\"1\"";
        Map<String, String> pathValues = new java.util.HashMap<>();
        Map<String, String> queryValues = new java.util.LinkedHashMap<>();
        for (JsonNode parameter : operation.parametersIn("path")) {
            pathValues.put(parameter.path("name").asText(), validValue(resolve(parameter.path("schema")), random));
        }
        for (JsonNode parameter : operation.parametersIn("query")) {
            if (parameter.path("required").asBoolean() || random.nextBoolean()) {
                queryValues.put(parameter.path("name").asText(),
                        encode(validValue(resolve(parameter.path("schema")), random)));
            }
        }
        switch (defect) {
            case MALFORMED_JSON -> {
                String text = pick(MALFORMED_JSON, random);
                body = random.nextInt(8) == 0 ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}
                        : text.getBytes(StandardCharsets.UTF_8);
                detail = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            }
            case WRONG_TYPE -> {
                JsonNode skeleton = skeleton(operation.bodySchema(), random, 0);
                detail = mistype(skeleton, operation.bodySchema(), random);
                body = bytes(detail.startsWith("body as ") ? wrongRoot(skeleton, random) : skeleton);
            }
            case MISSING_REQUIRED -> {
                JsonNode skeleton = skeleton(operation.bodySchema(), random, 0);
                JsonNode required = operation.bodySchema().path("required");
                String field = required.get(random.nextInt(required.size())).asText();
                if (skeleton instanceof ObjectNode object) {
                    object.remove(field);
                }
                detail = "without " + field;
                body = bytes(skeleton);
            }
            case BAD_TEXT -> {
                JsonNode skeleton = skeleton(operation.bodySchema(), random, 0);
                String text = pick(BAD_TEXT, random);
                detail = describe(text) + " in " + plant(skeleton, text, random);
                body = bytes(skeleton);
            }
            case WRONG_CONTENT_TYPE -> {
                contentType = pick(WRONG_CONTENT_TYPES, random);
                detail = contentType;
            }
            case MALFORMED_CSV -> {
                Map.Entry<String, byte[]> csv = malformedCsv(random);
                detail = csv.getKey();
                body = csv.getValue();
                if (random.nextInt(4) == 0) {
                    contentType = "text/csv; charset=x-unknown";
                    detail += ", charset x-unknown";
                }
            }
            case PATH_PARAMETER -> {
                List<JsonNode> typed = operation.parametersIn("path").stream().filter(MalformedRequests::typed)
                        .toList();
                JsonNode parameter = typed.get(random.nextInt(typed.size()));
                String value = pick(BAD_PARAMETERS, random);
                pathValues.put(parameter.path("name").asText(), value);
                detail = parameter.path("name").asText() + "=" + abbreviate(value);
            }
            case IF_MATCH -> {
                ifMatch = pick(BAD_IF_MATCH, random);
                detail = "If-Match " + abbreviate(ifMatch);
            }
            case QUERY_PARAMETER -> {
                List<JsonNode> typed = operation.parametersIn("query").stream().filter(MalformedRequests::typed)
                        .toList();
                JsonNode parameter = typed.get(random.nextInt(typed.size()));
                String value = pick(BAD_PARAMETERS, random);
                queryValues.put(parameter.path("name").asText(), value);
                detail = parameter.path("name").asText() + "=" + abbreviate(value);
            }
        }
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder uri = new StringBuilder(baseUrl).append(path);
        String separator = "?";
        for (Map.Entry<String, String> value : queryValues.entrySet()) {
            uri.append(separator).append(URLEncoder.encode(value.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(value.getValue());
            separator = "&";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .timeout(SteadyLoad.ANSWER_WITHIN)
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", pick(ACCEPT_LANGUAGES, random))
                .header("If-Match", ifMatch)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return new Malformed(operation, defect, detail, request.build());
    }

    /** A parameter whose schema gives it a type or format a wrong value can break: not free text. */
    static boolean typed(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        return schema.has("enum") || type.equals("integer") || List.of("uuid", "date", "date-time").contains(format);
    }

    /** A valid value of a parameter's schema, percent-encoded where needed. */
    private String validValue(JsonNode schema, Random random) {
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size())).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> Integer.toString(1 + random.nextInt(5));
            case "number" -> "1.5";
            case "boolean" -> "true";
            default -> switch (schema.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-04-01";
                case "date-time" -> "2026-04-01T09:00:00Z";
                default -> "test";
            };
        };
    }

    /** A JSON value that fits the schema as far as it can be read from the document, with odd but valid text. */
    private JsonNode skeleton(JsonNode schemaOrRef, Random random, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (depth > 6) {
            return nodes.nullNode();
        }
        if (schema.has("allOf")) {
            return skeleton(schema.path("allOf").get(0), random, depth);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return skeleton(schema.has("oneOf") ? schema.path("oneOf").get(0) : schema.path("anyOf").get(0), random,
                    depth);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), skeleton(property.getValue(), random, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(skeleton(schema.path("items"), random, depth + 1));
                return array;
            }
            case "integer" -> {
                return nodes.numberNode(1 + random.nextInt(3));
            }
            case "number" -> {
                return nodes.numberNode(1.5);
            }
            case "boolean" -> {
                return nodes.booleanNode(true);
            }
            case "string" -> {
                return nodes.textNode(switch (schema.path("format").asText()) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-04-01";
                    case "date-time" -> "2026-04-01T09:00:00Z";
                    case "email" -> "someone@example.com";
                    default -> pick(ODD_BUT_VALID, random);
                });
            }
            default -> {
                return nodes.textNode(pick(ODD_BUT_VALID, random));
            }
        }
    }

    /** Puts a value of the wrong JSON type in one field of the body (or makes the whole body one); says where. */
    private String mistype(JsonNode skeleton, JsonNode schema, Random random) {
        if (!(skeleton instanceof ObjectNode object) || object.isEmpty() || random.nextInt(6) == 0) {
            return "body as " + (skeleton == null ? "?" : skeleton.getNodeType());
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode current = object.get(field);
        JsonNode wrong;
        if (current.isTextual() || current.isNull()) {
            wrong = parse(pick(WRONG_VALUES_TEXT, random));
        } else if (current.isNumber()) {
            wrong = random.nextBoolean() ? JsonNodeFactory.instance.textNode("abc") : parse("{}");
        } else if (current.isBoolean()) {
            wrong = random.nextBoolean() ? JsonNodeFactory.instance.textNode("maybe") : parse("[]");
        } else if (current.isArray()) {
            wrong = random.nextBoolean() ? JsonNodeFactory.instance.textNode("x") : parse("{\"a\":1}");
        } else {
            wrong = random.nextBoolean() ? JsonNodeFactory.instance.textNode("x") : parse("[1]");
        }
        object.set(field, wrong);
        return field + " as " + wrong;
    }

    /** A body of another JSON type than the operation's: an array for an object, an object for an array … */
    private JsonNode wrongRoot(JsonNode skeleton, Random random) {
        return parse(pick(skeleton != null && skeleton.isArray() ? List.of("{}", "\"text\"", "42", "true")
                : List.of("[]", "\"text\"", "42", "true", "[{}]"), random));
    }

    /** Puts the text into one string of the body, at any depth; returns its path (or the body itself). */
    private String plant(JsonNode node, String text, Random random) {
        List<String> slots = new ArrayList<>();
        collectTextSlots(node, "", slots);
        if (slots.isEmpty() && node instanceof ObjectNode object) {
            object.put("remarks", text);
            return "remarks";
        }
        if (slots.isEmpty()) {
            return "nowhere";
        }
        String slot = slots.get(random.nextInt(slots.size()));
        setAt(node, slot, text);
        return slot;
    }

    private static void collectTextSlots(JsonNode node, String at, List<String> slots) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                if (e.getValue().isTextual()) {
                    slots.add(at + "/" + e.getKey());
                } else {
                    collectTextSlots(e.getValue(), at + "/" + e.getKey(), slots);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    slots.add(at + "/" + i);
                } else {
                    collectTextSlots(array.get(i), at + "/" + i, slots);
                }
            }
        }
    }

    private static void setAt(JsonNode root, String slot, String text) {
        String parent = slot.substring(0, slot.lastIndexOf('/'));
        String last = slot.substring(slot.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode object) {
            object.put(last, text);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), JsonNodeFactory.instance.textNode(text));
        }
    }

    /**
     * Files no import takes: an open quote, binary bytes, NUL, invalid UTF-8, an unknown header, nothing, one huge
     * line, a count or a year that cannot be read. (A quote inside an unquoted cell is read as a quote, and bytes
     * that are not UTF-8 may be Shift_JIS: neither is a defect.)
     */
    private static Map.Entry<String, byte[]> malformedCsv(Random random) {
        byte[] binary = new byte[512];
        random.nextBytes(binary);
        List<Map.Entry<String, byte[]>> files = List.of(
                Map.entry("open quote", "code,name\n\"ABC,テスト\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry("binary", binary),
                Map.entry("NUL in a cell", "fiscal_year,category,item,submissions\n2022,a\u0000b,,1\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Map.entry("invalid UTF-8", new byte[] {'a', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, '\n'}),
                Map.entry("unknown header", "foo,bar,baz\n1,2,3\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry("empty", new byte[0]),
                Map.entry("one huge line", ",".repeat(200_000).getBytes(StandardCharsets.UTF_8)),
                Map.entry("a count that is no number", "年度,集計区分,内訳,件数\n令和4年度,故障試験,,たくさん\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Map.entry("a year that is none", "年度,集計区分,内訳,件数\n年度不明,故障試験,,1\n"
                        .getBytes(StandardCharsets.UTF_8)));
        return files.get(random.nextInt(files.size()));
    }

    private byte[] skeletonBytes(Operation operation, Random random) {
        if (operation.json()) {
            return bytes(skeleton(operation.bodySchema(), random, 0));
        }
        return "x".getBytes(StandardCharsets.UTF_8);
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema, or the one its {@code $ref} names. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…(" + value.length() + ")" : value;
    }

    private static String describe(String text) {
        if (text.length() > 10_000) {
            return text.length() + " characters";
        }
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)
                ? String.format("U+%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
