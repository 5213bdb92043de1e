package org.briefbot.core;

/**
 * Where a passage comes from, in the two forms front ends show.
 *
 * @param passageId the stable passage id, e.g. {@code csds-2024-10#s2p3}
 * @param location the short in-brief location, e.g. {@code §2 "A shared strategic environment?" ¶3}
 * @param reference the long form a reader can paste into their own writing: authors, series and
 *     number or title, publisher, date, and the location
 */
public record Citation(String passageId, String location, String reference) {
  public Citation {
    requireText(passageId, "passageId");
    requireText(location, "location");
    requireText(reference, "reference");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return location;
  }
}
