package org.briefbot.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the bytes of a brief file into lines, rejecting what is not UTF-8 text. */
final class SourceText {
  private SourceText() {}

  /** Decodes strict UTF-8, dropping a byte-order mark; the error names the line of the bad byte. */
  static String decode(String file, byte[] bytes) {
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw new BriefFormatException(file, 1, "the file is UTF-16; save it as UTF-8");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      throw new BriefFormatException(
          file,
          lineOfByte(bytes, bad),
          String.format("not UTF-8 text (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    checkControlCharacters(file, text);
    return text;
  }

  /** Decodes a string already in memory, applying the same checks as file content. */
  static String check(String file, String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    checkControlCharacters(file, text);
    return text;
  }

  /** Splits on \n, \r\n or \r so files from any platform read the same. */
  static List<String> lines(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }

  private static void checkControlCharacters(String file, String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.isISOControl(c) && c != '\r' && c != '\t' && c != '\f') {
        throw new BriefFormatException(
            file, line, String.format("not a text file (control character U+%04X)", (int) c));
      }
    }
  }

  private static int lineOfByte(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') line++;
    }
    return line;
  }
}
