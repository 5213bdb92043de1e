package org.briefbot.index;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folders and files only the current user can change. briefbot loads native code from its cache
 * folder and trusts its index and feedback files; if another local user could write there (a
 * predictable name under /tmp, a folder made world-writable), they could plant a library that runs
 * as this user. So such places are created owner-only and checked before use: owned by the current
 * user, not writable by group or others, not a symbolic link.
 *
 * <p>On file systems without POSIX permissions (Windows) only the link check applies; there the
 * per-user profile folders already keep other users out.
 */
public final class PrivateFolders {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OTHERS_WRITE =
      Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private PrivateFolders() {}

  /** A folder or file that failed the checks, and why. */
  public static final class UnsafeException extends IOException {
    public UnsafeException(Path path, String reason) {
      super(path + ": " + reason);
    }
  }

  /**
   * Creates {@code folder} and any missing parents owner-only (0700), then checks it; returns it.
   *
   * @throws UnsafeException when the folder exists but another user could change it
   */
  public static Path ensure(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    List<Path> missing = new ArrayList<>();
    for (Path p = absolute;
        p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      try {
        if (posix(p)) {
          Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
          Files.createDirectory(p);
        }
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Another process of ours made it a moment ago; the check below decides.
      }
    }
    Optional<String> problem = problem(absolute);
    if (problem.isPresent()) throw new UnsafeException(absolute, problem.get());
    return absolute;
  }

  /** A new folder with a name no one can predict, owner-only, in the temp folder. */
  public static Path freshTemporary(String prefix) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    return Files.createTempDirectory(prefix, attributes);
  }

  /** Why {@code folder} is not private, or empty when it is. */
  public static Optional<String> problem(Path folder) {
    return check(folder, true);
  }

  /** Why {@code file} could have been written by someone else, or empty when it could not. */
  public static Optional<String> fileProblem(Path file) {
    return check(file, false);
  }

  private static Optional<String> check(Path path, boolean folder) {
    if (Files.isSymbolicLink(path)) return Optional.of("is a symbolic link");
    if (folder
        ? !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        : !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(folder ? "is not a folder" : "is not a regular file");
    }
    if (!posix(path)) return Optional.empty();
    try {
      PosixFileAttributes attributes =
          Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      UserPrincipal me = currentUser();
      if (me != null && !attributes.owner().equals(me)) {
        return Optional.of(
            "belongs to " + attributes.owner().getName() + ", not to " + me.getName());
      }
      for (PosixFilePermission permission : OTHERS_WRITE) {
        if (attributes.permissions().contains(permission)) {
          return Optional.of(
              "can be written by other users ("
                  + PosixFilePermissions.toString(attributes.permissions())
                  + ")");
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot be checked (" + e.getMessage() + ")");
    }
  }

  private static boolean posix(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    return (existing == null ? FileSystems.getDefault() : existing.getFileSystem())
        .supportedFileAttributeViews()
        .contains("posix");
  }

  /**
   * The user this process runs as, read off a file it creates: the owner the file system itself
   * records, with no name or property to trust.
   */
  private static UserPrincipal currentUser() {
    return CurrentUser.PRINCIPAL;
  }

  private static final class CurrentUser {
    static final UserPrincipal PRINCIPAL = find();

    private static UserPrincipal find() {
      try {
        Path probe = Files.createTempFile("briefbot-owner", ".probe");
        try {
          return Files.getOwner(probe);
        } finally {
          Files.deleteIfExists(probe);
        }
      } catch (IOException | UnsupportedOperationException e) {
        return null;
      }
    }
  }
}
