package org.madoguchi.applications.adapter.in.rest;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The corrected answers, all of them, and a note to the department if any. */
public record ResubmitApplicationRequest(Map<String, JsonNode> answers, String comment) {
}
