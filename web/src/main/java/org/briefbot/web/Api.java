package org.briefbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.briefbot.chat.AnswerJson;
import org.briefbot.core.Brief;
import org.briefbot.core.Metadata;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;
import org.briefbot.core.Section;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Question;

/**
 * The API's answers, apart from HTTP: a request's parsed parts in, a status and JSON out. Answers
 * and citations come from the index; this only checks input and shapes output.
 */
final class Api {
  /** As {@code briefbot ask} reads it: longer questions are refused here rather than cut. */
  static final int MAX_QUESTION = 1_000;

  private final BriefIndex index;

  Api(BriefIndex index) {
    this.index = index;
  }

  /**
   * {@code POST /api/ask} with {@code {"question": "...", "limit": 3, "brief": "ID"}} (limit and
   * brief optional): the object {@code briefbot ask --json} prints, or 400 saying what is wrong.
   */
  JsonResponse ask(String body) {
    JsonNode root;
    try {
      root = JsonResponse.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return JsonResponse.error(400, "the body is not JSON; send {\"question\": \"...\"}");
    }
    if (root == null || !root.isObject()) {
      return JsonResponse.error(400, "the body must be a JSON object: {\"question\": \"...\"}");
    }
    JsonNode question = root.get("question");
    if (question == null || !question.isTextual()) {
      return JsonResponse.error(400, "\"question\" must be a string");
    }
    String text = question.asText();
    if (text.isBlank()) return JsonResponse.error(400, "\"question\" is empty");
    if (text.length() > MAX_QUESTION) {
      return JsonResponse.error(
          400,
          "\"question\" is longer than " + MAX_QUESTION + " characters (" + text.length() + ")");
    }
    int limit = Question.DEFAULT_LIMIT;
    JsonNode limitNode = root.get("limit");
    if (limitNode != null && !limitNode.isNull()) {
      if (!limitNode.isIntegralNumber()
          || !limitNode.canConvertToInt()
          || limitNode.asInt() < 1
          || limitNode.asInt() > Question.MAX_LIMIT) {
        return JsonResponse.error(
            400, "\"limit\" must be a whole number from 1 to " + Question.MAX_LIMIT);
      }
      limit = limitNode.asInt();
    }
    Optional<String> brief = Optional.empty();
    JsonNode briefNode = root.get("brief");
    if (briefNode != null && !briefNode.isNull()) {
      if (!briefNode.isTextual()) return JsonResponse.error(400, "\"brief\" must be a string");
      String id = briefNode.asText().strip();
      if (!id.isEmpty()) {
        if (index.library().brief(id).isEmpty()) {
          return JsonResponse.error(
              400, "no brief has the id \"" + shorten(id) + "\" (GET /api/briefs lists them)");
        }
        brief = Optional.of(id);
      }
    }
    return new JsonResponse(200, AnswerJson.answer(index.ask(new Question(text, limit, brief))));
  }

  /** {@code GET /api/passages/{id}}: one passage in full with its citation, or 404. */
  JsonResponse passage(String id) {
    Optional<Passage> passage = index.library().passage(id);
    if (passage.isEmpty()) {
      return JsonResponse.error(
          404,
          "no passage has the id \""
              + shorten(id)
              + "\"; ids look like csds-2024-10#s2p3 (written csds-2024-10%23s2p3 in a URL)");
    }
    Passage p = passage.get();
    ObjectNode body = JsonResponse.MAPPER.createObjectNode();
    // The fields of a hit in the batch contract, so one renderer shows both; plus the kind.
    body.put("id", p.id());
    body.put("citation", p.citation().location());
    body.put("section", p.heading());
    body.put("paragraph", p.number());
    body.put("text", p.text());
    body.put("brief", p.briefId());
    body.put("reference", p.citation().reference());
    body.put("kind", kind(p.kind()));
    return JsonResponse.ok(body);
  }

  /** True when {@code id} names a passage: the page at {@code /p/{id}} says 404 otherwise. */
  boolean hasPassage(String id) {
    return index.library().passage(id).isPresent();
  }

  /** {@code GET /api/briefs}: every brief with its metadata and outline, passage ids included. */
  JsonResponse briefs() {
    ObjectNode body = JsonResponse.MAPPER.createObjectNode();
    ArrayNode briefs = body.putArray("briefs");
    for (Brief brief : index.library().briefs()) {
      Metadata m = brief.metadata();
      ObjectNode b = briefs.addObject();
      b.put("id", brief.id());
      b.put("label", brief.label());
      b.put("title", m.title());
      ArrayNode authors = b.putArray("authors");
      m.authors().forEach(authors::add);
      b.put("date", m.publicationDate().map(Object::toString).orElse(null));
      b.put("publisher", m.publisher());
      b.put("reference", brief.reference());
      ArrayNode keyIssues = b.putArray("key_issues");
      for (Passage p : brief.passages()) {
        if (p.kind() == PassageKind.KEY_ISSUE) {
          keyIssues.addObject().put("id", p.id()).put("text", p.text());
        }
      }
      ArrayNode sections = b.putArray("sections");
      for (Section s : brief.sections()) {
        ObjectNode section = sections.addObject();
        section.put("number", s.number());
        section.put("heading", s.heading());
        ArrayNode paragraphs = section.putArray("paragraphs");
        // Ids as core makes them, never spelled out here.
        for (Passage p : brief.passages()) {
          if (p.kind() == PassageKind.PARAGRAPH && p.section() == s.number()) {
            paragraphs.addObject().put("id", p.id()).put("number", p.number());
          }
        }
      }
    }
    return JsonResponse.ok(body);
  }

  private static String kind(PassageKind kind) {
    return switch (kind) {
      case HEADER -> "header";
      case KEY_ISSUE -> "key_issue";
      case PARAGRAPH -> "paragraph";
      case FOOTER -> "footer";
    };
  }

  /** What a user sent, shown back no longer than a line. */
  private static String shorten(String text) {
    String line = text.replaceAll("\\p{Cntrl}", " ");
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}
