package org.briefbot.index.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefbot.core.Library;

/** In-memory views of a library, for tests of what works against one (vocabulary, planning). */
public final class TestViews {
  private TestViews() {}

  /** A view of {@code library} indexed in memory, as BriefIndex.build would; close it after use. */
  public static IndexView of(Library library) {
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      PassageDocuments.write(directory, library, Map.of());
      return new IndexView(library, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
