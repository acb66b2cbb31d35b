package org.madoguchi.applications.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code application.answers} as JSON: texts as strings, numbers as numbers, ticks as booleans, lists as arrays. */
final class StoredAnswers {

    private StoredAnswers() {
    }

    static String write(ObjectMapper json, Answers answers) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        answers.values().forEach((key, answer) -> {
            if (answer instanceof Answer.Text text) {
                node.put(key, text.value());
            } else if (answer instanceof Answer.Number number) {
                node.put(key, new BigDecimal(number.literal()));
            } else if (answer instanceof Answer.Flag flag) {
                node.put(key, flag.value());
            } else if (answer instanceof Answer.Many many) {
                ArrayNode values = node.putArray(key);
                many.values().forEach(values::add);
            }
        });
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write answers", e);
        }
    }

    static Answers read(ObjectMapper json, String stored) {
        JsonNode node;
        try {
            // decimals as written: a double would round 123456789012345.123456 and turn 2.50 into 2.5
            node = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored answers", e);
        }
        Map<String, Answer> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isBoolean()) {
                values.put(entry.getKey(), new Answer.Flag(value.booleanValue()));
            } else if (value.isNumber()) {
                values.put(entry.getKey(), new Answer.Number(value.decimalValue().toPlainString()));
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                values.put(entry.getKey(), new Answer.Many(items));
            } else {
                values.put(entry.getKey(), new Answer.Text(value.asText()));
            }
        }
        return new Answers(values);
    }
}
