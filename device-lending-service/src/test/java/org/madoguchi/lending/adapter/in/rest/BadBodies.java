package org.madoguchi.lending.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.madoguchi.testing.BadText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A valid JSON body and its variants with one text field holding a {@link BadText}; fields are named as the
 * platform names them in a problem ({@code notebook.assetTag}, {@code kit[2]}).
 */
final class BadBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "@@bad-text@@";

    private final JsonNode valid;

    BadBodies(Map<String, Object> body) {
        valid = JSON.valueToTree(body);
    }

    byte[] valid() {
        return write(valid).getBytes(StandardCharsets.UTF_8);
    }

    /** The paths of every string value of the valid body. */
    List<String> textFields() {
        List<String> fields = new ArrayList<>();
        collect(valid, "", fields);
        return fields;
    }

    /** The valid body with the bad text in the field, as JSON bytes. */
    byte[] withBadText(String field, BadText bad) {
        String json = write(replaced(valid, "", field));
        assertThat(json.split(MARK, -1)).as("marks of %s in %s", field, json).hasSize(2);
        return json.replace('"' + MARK + '"', '"' + bad.inJson() + '"').getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, String path, List<String> fields) {
        if (node.isTextual()) {
            fields.add(path);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), member(path, member.getKey()), fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", fields);
            }
        }
    }

    private static JsonNode replaced(JsonNode node, String path, String field) {
        if (node.isTextual()) {
            return path.equals(field) ? TextNode.valueOf(MARK) : node;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                copy.set(member.getKey(), replaced(member.getValue(), member(path, member.getKey()), field));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(replaced(node.get(i), path + "[" + i + "]", field));
            }
            return copy;
        }
        return node;
    }

    private static String member(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
