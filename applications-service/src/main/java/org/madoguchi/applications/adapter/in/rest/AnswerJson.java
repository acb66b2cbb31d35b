package org.madoguchi.applications.adapter.in.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers as JSON: strings, numbers, booleans and arrays of strings, by field key. */
final class AnswerJson {

    private AnswerJson() {
    }

    /** The answers a request sent; {@code null} values count as no answer. */
    static Answers read(Map<String, JsonNode> given) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((key, value) -> {
                Answer answer = answer(value);
                if (answer != null) {
                    answers.put(key, answer);
                }
            });
        }
        return new Answers(answers);
    }

    private static Answer answer(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return new Answer.Text(value.textValue());
        }
        if (value.isBoolean()) {
            return new Answer.Flag(value.booleanValue());
        }
        if (value.isNumber()) {
            return new Answer.Number(value.decimalValue().toPlainString());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    return new Answer.Unreadable();
                }
                items.add(item.textValue());
            }
            return new Answer.Many(items);
        }
        return new Answer.Unreadable();
    }

    /** The answers as the applicant and the department read them. */
    static ObjectNode write(Answers answers) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        answers.values().forEach((key, answer) -> {
            if (answer instanceof Answer.Text text) {
                node.put(key, text.value());
            } else if (answer instanceof Answer.Number number) {
                node.put(key, new BigDecimal(number.literal()));
            } else if (answer instanceof Answer.Flag flag) {
                node.put(key, flag.value());
            } else if (answer instanceof Answer.Many many) {
                many.values().forEach(node.putArray(key)::add);
            }
        });
        return node;
    }
}
