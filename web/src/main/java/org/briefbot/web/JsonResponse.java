package org.briefbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the API answers: a status and a JSON body.
 *
 * @param status the HTTP status
 * @param json the body, one JSON object
 */
record JsonResponse(int status, String json) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  JsonResponse {
    if (status < 100 || status > 599) throw new IllegalArgumentException("status " + status);
    if (json == null || json.isBlank()) throw new IllegalArgumentException("json must be set");
  }

  static JsonResponse ok(ObjectNode body) {
    return new JsonResponse(200, write(body));
  }

  /**
   * An error as every one is shaped: {@code {"error": message, "status": status}}; the message is
   * one line a person can act on, never a stack trace.
   */
  static JsonResponse error(int status, String message) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("error", message);
    body.put("status", status);
    return new JsonResponse(status, write(body));
  }

  static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }
}
