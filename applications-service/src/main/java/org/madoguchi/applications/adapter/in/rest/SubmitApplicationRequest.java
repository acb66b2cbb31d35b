package org.madoguchi.applications.adapter.in.rest;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answers to a form, by field key: a string, number, boolean, or an array of strings (the options of a multiple
 * choice, the ids of uploaded attachments).
 */
public record SubmitApplicationRequest(Map<String, JsonNode> answers) {
}
