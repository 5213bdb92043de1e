package org.briefbot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briefbot.index.Answer;
import org.briefbot.index.Hit;

/**
 * The JSON form of an answer, with the field names of DESIGN.md's batch contract: one line of
 * {@code briefbot ask --json} and the body of the web API's {@code POST /api/ask}, written here
 * once for both. Tools depend on these names; add fields, never rename them.
 */
public final class AnswerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  /** The answer as one line of JSON (no line break inside: strings escape theirs). */
  public static String answer(Answer answer) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("question", answer.question());
    root.put("abstained", answer.abstained());
    root.put("suggestion", answer.suggestion().orElse(null));
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : answer.hits()) {
      ObjectNode h = hits.addObject();
      h.put("id", hit.passage().id());
      h.put("citation", hit.citation().location());
      h.put("section", hit.passage().heading());
      h.put("paragraph", hit.passage().number());
      h.put("text", hit.passage().text());
      h.put("sentence", hit.sentence().text());
      h.put("score", hit.score());
      h.put("brief", hit.passage().briefId());
      h.put("reference", hit.citation().reference());
    }
    ArrayNode unknown = root.putArray("unknown_terms");
    answer.unknownTerms().forEach(unknown::add);
    root.put("each_brief", answer.eachBrief());
    // The notes as every front end words them, so a page or a tool need not word them again.
    root.put("each_brief_note", answer.eachBriefNote().orElse(null));
    root.put("unknown_terms_note", answer.unknownTermsNote().orElse(null));
    root.put("cautioned", answer.cautioned());
    root.put("caution_note", answer.cautionNote().orElse(null));
    return write(root);
  }

  /**
   * An object for input that could not be asked, with the fields of an answer and an {@code error}:
   * keeps one output line per input line.
   */
  public static String error(String question, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("question", question);
    root.put("abstained", true);
    root.putNull("suggestion");
    root.putArray("hits");
    // Every line carries the same fields, so a tool need not special-case the lines with errors.
    root.putArray("unknown_terms");
    root.put("each_brief", 0);
    root.putNull("each_brief_note");
    root.putNull("unknown_terms_note");
    root.put("cautioned", false);
    root.putNull("caution_note");
    root.put("error", message);
    return write(root);
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }
}
