package org.briefbot.index.store;

import org.briefbot.core.Brief;
import org.briefbot.core.Passage;

/** A passage of the library with the brief it belongs to (its place there decides its zones). */
public record StoredPassage(Passage passage, Brief brief) {
  public StoredPassage {
    if (passage == null || brief == null) {
      throw new IllegalArgumentException("passage and brief must not be null");
    }
  }
}
