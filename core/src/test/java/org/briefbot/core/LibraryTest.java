package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
  @TempDir Path folder;

  @Test
  void bundledLibraryIsTheBundledBriefAlone() {
    Library library = Library.bundled();

    assertThat(library.briefs()).extracting(Brief::id).containsExactly("csds-2024-10");
    assertThat(library.brief("csds-2024-10")).isPresent();
    assertThat(library.passages()).hasSize(23);
    assertThat(library.fingerprint())
        .matches("[0-9a-f]{64}")
        .isEqualTo(Library.bundled().fingerprint());
  }

  @Test
  void loadsEveryBriefFileInTheFolderInFileNameOrder() throws IOException {
    copyTestBriefs();

    Library library = Library.load(folder);

    assertThat(library.briefs())
        .extracting(Brief::id)
        .containsExactly(
            "bsri-2024-4", "cesp-2025-12", "eprc-2024-raw-materials", "field-notes", "nias-2024-3");
    assertThat(library.brief("bsri-2024-4").orElseThrow().metadata().sourceFile())
        .isEqualTo(folder.resolve("baltic-cables.md").toString());
  }

  @Test
  void tellsProgressOfEachFileReadInOrderUpToTheWholeFolder() throws IOException {
    copyTestBriefs();
    List<String> reports = new java.util.concurrent.CopyOnWriteArrayList<>();

    Library.load(folder, (stage, done, total) -> reports.add(stage + " " + done + "/" + total));

    assertThat(reports)
        .containsExactly(
            "reading briefs 1/5",
            "reading briefs 2/5",
            "reading briefs 3/5",
            "reading briefs 4/5",
            "reading briefs 5/5");
  }

  @Test
  void skipsHiddenFilesHiddenFoldersAndOtherFileTypes() throws IOException {
    copyTestBriefs();
    byte[] junk = {(byte) 0x89, 'P', 'N', 'G', 0, 0};
    Files.write(folder.resolve(".draft.txt"), junk);
    Files.createDirectories(folder.resolve(".git"));
    Files.write(folder.resolve(".git/COMMIT_EDITMSG.txt"), junk);
    Files.write(folder.resolve("cover.png"), junk);
    Files.write(folder.resolve("notes.pdf"), junk);
    Files.writeString(folder.resolve("README"), "Briefs for the team.");

    assertThat(Library.briefFiles(folder))
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "baltic-cables.md",
            "cesp-2025-12-eu-space.txt",
            "critical-raw-materials.md",
            "field-notes.txt",
            "nias-2024-03-arctic-nato.txt");
    assertThat(Library.load(folder).briefs()).hasSize(5);
  }

  @Test
  void readsBriefsInSubfolders() throws IOException {
    Files.createDirectories(folder.resolve("2024"));
    Files.write(
        folder.resolve("2024/arctic.txt"),
        Fixtures.bytes("briefs/plain/nias-2024-03-arctic-nato.txt"));

    assertThat(Library.load(folder).briefs()).extracting(Brief::id).containsExactly("nias-2024-3");
  }

  @Test
  void findsPassagesAcrossBriefs() throws IOException {
    copyTestBriefs();
    Library library = Library.load(folder);

    assertThat(library.passage("nias-2024-3#s2p1").orElseThrow().text())
        .startsWith("Finland brings a 1,340-kilometre land border");
    assertThat(library.passage("bsri-2024-4#k2").orElseThrow().text())
        .isEqualTo("Repair ships are few: the region depends on two vessels based in Denmark.");
    assertThat(library.passage("field-notes#s2p1").orElseThrow().heading())
        .isEqualTo("Executive summary");
    assertThat(library.passage("eprc-2024-raw-materials#footer")).isPresent();
  }

  @Test
  void unknownPassageOrBriefIsEmpty() throws IOException {
    copyTestBriefs();
    Library library = Library.load(folder);

    assertThat(library.passage("nias-2024-3#s9p1")).isEmpty();
    assertThat(library.passage("csds-2024-10#k1")).isEmpty();
    assertThat(library.passage("nias-2024-3")).isEmpty();
    assertThat(library.brief("nope")).isEmpty();
  }

  @Test
  void passagesRunBriefByBriefInReadingOrder() throws IOException {
    copyTestBriefs();
    Library library = Library.load(folder);

    List<Passage> expected = library.briefs().stream().flatMap(b -> b.passages().stream()).toList();
    assertThat(library.passages()).containsExactlyElementsOf(expected);
    assertThat(library.passages().get(0).id()).isEqualTo("bsri-2024-4#meta");
  }

  @Test
  void twoBriefsWithTheSameIdNameBothFiles() throws IOException {
    byte[] arctic = Fixtures.bytes("briefs/plain/nias-2024-03-arctic-nato.txt");
    Files.write(folder.resolve("arctic.txt"), arctic);
    Files.write(folder.resolve("arctic-copy.txt"), arctic);

    assertThatThrownBy(() -> Library.load(folder))
        .isInstanceOf(LibraryException.class)
        .hasMessage(
            "two briefs have the id nias-2024-3: "
                + folder.resolve("arctic-copy.txt")
                + " and "
                + folder.resolve("arctic.txt")
                + " (give one an \"Id:\" header line)");
  }

  @Test
  void missingFolderIsALibraryError() {
    Path missing = folder.resolve("missing");

    assertThatThrownBy(() -> Library.load(missing))
        .isInstanceOf(LibraryException.class)
        .hasMessage("briefs folder " + missing + " does not exist or is not a folder");
  }

  @Test
  void fileGivenAsFolderIsALibraryError() throws IOException {
    Path file = Files.writeString(folder.resolve("brief.txt"), "Introduction\nText.\n");

    assertThatThrownBy(() -> Library.load(file))
        .isInstanceOf(LibraryException.class)
        .hasMessage("briefs folder " + file + " does not exist or is not a folder");
  }

  @Test
  void folderWithoutBriefFilesIsALibraryError() throws IOException {
    assertThatThrownBy(() -> Library.load(folder))
        .isInstanceOf(LibraryException.class)
        .hasMessage("briefs folder " + folder + " has no brief files (.txt, .md or .tagged)");

    Files.writeString(folder.resolve(".hidden.txt"), "Introduction\nText.\n");
    Files.writeString(folder.resolve("notes.pdf"), "Introduction\nText.\n");

    assertThatThrownBy(() -> Library.load(folder))
        .isInstanceOf(LibraryException.class)
        .hasMessage("briefs folder " + folder + " has no brief files (.txt, .md or .tagged)");
  }

  @Test
  void invalidBriefIsAFormatErrorNamingItsFile() throws IOException {
    copyTestBriefs();
    Path bad = Files.writeString(folder.resolve("bad.txt"), "Introduction\nConclusion\n");

    assertThatThrownBy(() -> Library.load(folder))
        .isInstanceOf(BriefFormatException.class)
        .hasMessage(bad + ":1: heading \"Introduction\" has no paragraphs");
  }

  @Test
  void fingerprintIsStableWhileTheFilesStayTheSame() throws IOException {
    copyTestBriefs();
    String first = Library.load(folder).fingerprint();

    for (String resource : Fixtures.TEST_BRIEFS) {
      Path file = folder.resolve(Path.of(resource).getFileName().toString());
      Files.write(file, Fixtures.bytes(resource)); // rewritten, same content
    }

    assertThat(Library.load(folder).fingerprint()).isEqualTo(first).matches("[0-9a-f]{64}");
  }

  @Test
  void fingerprintChangesWhenABriefChanges() throws IOException {
    copyTestBriefs();
    String before = Library.load(folder).fingerprint();
    Path arctic = folder.resolve("nias-2024-03-arctic-nato.txt");

    Files.writeString(
        arctic,
        Files.readString(arctic)
            .replace("seven of the eight Arctic states", "all but one of the Arctic states"));

    assertThat(Library.load(folder).fingerprint()).isNotEqualTo(before);
  }

  @Test
  void fingerprintChangesWhenABriefIsAddedOrRemoved() throws IOException {
    copyTestBriefs();
    String five = Library.load(folder).fingerprint();

    Files.delete(folder.resolve("field-notes.txt"));
    String four = Library.load(folder).fingerprint();
    Files.write(folder.resolve("field-notes.txt"), Fixtures.bytes("briefs/plain/field-notes.txt"));

    assertThat(four).isNotEqualTo(five);
    assertThat(Library.load(folder).fingerprint()).isEqualTo(five);
  }

  @Test
  void libraryOfBriefsBuiltInCodeChecksIdsToo() {
    Brief arctic = Fixtures.parse("briefs/plain/nias-2024-03-arctic-nato.txt");
    Brief space = Fixtures.parse("briefs/plain/cesp-2025-12-eu-space.txt");

    Library library = Library.of(List.of(arctic, space));

    assertThat(library.briefs()).containsExactly(arctic, space);
    assertThat(library.fingerprint())
        .isEqualTo(Library.of(List.of(arctic, space)).fingerprint())
        .isNotEqualTo(Library.of(List.of(arctic)).fingerprint());
    assertThatThrownBy(() -> Library.of(List.of(arctic, arctic)))
        .isInstanceOf(LibraryException.class)
        .hasMessage(
            "two briefs have the id nias-2024-3: briefs/plain/nias-2024-03-arctic-nato.txt"
                + " and briefs/plain/nias-2024-03-arctic-nato.txt (give one an \"Id:\" header line)");
  }

  @Test
  void folderFingerprintIsTheLoadedLibrarysWithoutParsing() throws IOException {
    copyTestBriefs();
    String loaded = Library.load(folder).fingerprint();

    assertThat(Library.fingerprint(folder)).isEqualTo(loaded);

    Files.writeString(folder.resolve("draft.txt"), "not a brief at all\n");
    assertThat(Library.fingerprint(folder)).isNotEqualTo(loaded); // read, never parsed
  }

  @Test
  void folderFingerprintFollowsNamesNotTheFolderItLivesIn(@TempDir Path elsewhere)
      throws IOException {
    copyTestBriefs();
    String here = Library.fingerprint(folder);
    for (String resource : Fixtures.TEST_BRIEFS) {
      Files.write(
          elsewhere.resolve(Path.of(resource).getFileName().toString()), Fixtures.bytes(resource));
    }

    assertThat(Library.fingerprint(elsewhere)).isEqualTo(here);

    Files.move(elsewhere.resolve("field-notes.txt"), elsewhere.resolve("field-notes-2.txt"));
    assertThat(Library.fingerprint(elsewhere)).isNotEqualTo(here);
  }

  @Test
  void folderFingerprintRejectsAMissingOrEmptyFolder(@TempDir Path empty) {
    assertThatThrownBy(() -> Library.fingerprint(empty.resolve("missing")))
        .isInstanceOf(LibraryException.class)
        .hasMessage(
            "briefs folder " + empty.resolve("missing") + " does not exist or is not a folder");
    assertThatThrownBy(() -> Library.fingerprint(empty))
        .isInstanceOf(LibraryException.class)
        .hasMessage("briefs folder " + empty + " has no brief files (.txt, .md or .tagged)");
  }

  @Test
  void readsPublishedBriefsBesideTextOnesThroughTheirReader() throws IOException {
    copyTestBriefs();
    Files.writeString(folder.resolve("harbour.tagged"), HARBOUR);

    Library library = Library.load(folder);

    assertThat(library.briefs()).extracting(Brief::id).contains("hpb-2025-7");
    assertThat(library.passage("hpb-2025-7#s1p1").orElseThrow().text())
        .isEqualTo("Pilots board every ship over 90 metres.");
    assertThat(library.skipped()).isEmpty();
  }

  @Test
  void skipsAPublishedBriefThatCannotBeReadAndSaysWhich() throws IOException {
    copyTestBriefs();
    Path locked = Files.writeString(folder.resolve("locked.tagged"), "FAIL: it is encrypted\n");

    Library library = Library.load(folder);

    assertThat(library.briefs()).hasSize(5);
    assertThat(library.skipped()).containsExactly(locked + ": it is encrypted");
  }

  @Test
  void skipsAPublishedBriefTooLargeToReadAndStillFingerprintsTheFolder() throws IOException {
    copyTestBriefs();
    Path huge = Files.writeString(folder.resolve("huge.tagged"), HARBOUR.repeat(10));
    String before = Library.fingerprint(folder);

    Library library = Library.load(folder);

    assertThat(library.skipped())
        .singleElement()
        .asString()
        .startsWith(huge + ": too large for a brief (");
    assertThat(library.fingerprint()).isEqualTo(before);
    Files.writeString(huge, HARBOUR); // now small enough to read
    assertThat(Library.fingerprint(folder)).isNotEqualTo(before);
    assertThat(Library.load(folder).skipped()).isEmpty();
  }

  @Test
  void aFolderWhosePublishedBriefsAllFailIsALibraryErrorNamingThem() throws IOException {
    Path a = Files.writeString(folder.resolve("a.tagged"), "FAIL: no text layer\n");
    Path b = Files.writeString(folder.resolve("b.tagged"), "");

    assertThatThrownBy(() -> Library.load(folder))
        .isInstanceOf(LibraryException.class)
        .hasMessage(
            "briefs folder "
                + folder
                + " has no brief that can be read: "
                + a
                + ": no text layer; "
                + b
                + ": the file is empty");
  }

  @Test
  void aTextBriefBesideAPublishedOneOfTheSameNameIsReadInItsPlace() throws IOException {
    Files.writeString(folder.resolve("harbour.tagged"), HARBOUR);
    Files.writeString(
        folder.resolve("harbour.md"),
        BriefParser.importFile(folder.resolve("harbour.tagged"))
            .markdown()
            .replace("every ship", "every vessel"));
    Files.createDirectories(folder.resolve("other"));
    Files.writeString(folder.resolve("other/harbour.tagged"), HARBOUR.replace("7/2025", "8/2025"));

    assertThat(Library.briefFiles(folder))
        .extracting(p -> folder.relativize(p).toString())
        .containsExactly("harbour.md", "other/harbour.tagged");
    assertThat(Library.load(folder).passage("hpb-2025-7#s1p1").orElseThrow().text())
        .isEqualTo("Pilots board every vessel over 90 metres.");
  }

  static final String HARBOUR =
      """
      TITLE: Pilots
      HEADER: HPB BRIEF • 7/2025
      HEADING: Rules
      PARAGRAPH: Pilots board every ship over 90 metres.
      """;

  private void copyTestBriefs() throws IOException {
    for (String resource : Fixtures.TEST_BRIEFS) {
      Files.write(
          folder.resolve(Path.of(resource).getFileName().toString()), Fixtures.bytes(resource));
    }
  }
}
