package org.allyadvisor.rules;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the rule cache trusts, and why. A compiled entry is rule code that will run, so an entry is
 * used only when this user's program wrote it: it must carry an HMAC made with a key that only this
 * user can read (kept outside the cache folder), and the entry and its folder must be this user's,
 * writable by no one else, and a regular file (a FIFO or a device would hang or mislead the read).
 * Anything else is refused and the rules are compiled instead.
 */
final class CacheTrust {

    static final int TAG_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final List<PosixFilePermission> OTHERS_WRITE =
            List.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final List<PosixFilePermission> OTHERS_ANY =
            List.of(
                    PosixFilePermission.GROUP_READ,
                    PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.OTHERS_WRITE);

    private final byte[] key;

    private CacheTrust(byte[] key) {
        this.key = key;
    }

    /**
     * The trust of this user, from the key file, made (readable by the user alone) when there is
     * none yet.
     *
     * @return empty, with the reason in {@code why}, when no key can be trusted: then nothing is
     *     cached
     */
    static Optional<CacheTrust> of(Path keyFile, StringBuilder why) {
        try {
            if (!Files.exists(keyFile, LinkOption.NOFOLLOW_LINKS)) {
                create(keyFile);
            }
            String refused = refusal(keyFile, OTHERS_ANY);
            if (refused != null) {
                why.append("the cache key ").append(keyFile).append(' ').append(refused);
                return Optional.empty();
            }
            byte[] key = Files.readAllBytes(keyFile);
            if (key.length < TAG_BYTES) {
                why.append("the cache key ").append(keyFile).append(" is too short");
                return Optional.empty();
            }
            return Optional.of(new CacheTrust(key));
        } catch (IOException e) {
            why.append("the cache key ")
                    .append(keyFile)
                    .append(" cannot be read or made: ")
                    .append(e.getMessage());
            return Optional.empty();
        }
    }

    private static void create(Path keyFile) throws IOException {
        byte[] key = new byte[TAG_BYTES];
        new SecureRandom().nextBytes(key);
        Path folder = keyFile.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(
                    folder,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
        }
        try {
            Files.write(
                    Files.createFile(
                            keyFile,
                            PosixFilePermissions.asFileAttribute(
                                    PosixFilePermissions.fromString("rw-------"))),
                    key,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            // another run made it first: use that one
        }
    }

    /** The tag that proves this user's program wrote {@code payload}. */
    byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }

    boolean verifies(byte[] payload, byte[] tag) {
        return MessageDigest.isEqual(tag(payload), tag);
    }

    /**
     * Why a cache folder or entry must not be used, or null when it may: it must be this user's, a
     * regular file or a folder (not a link, FIFO or device), and writable by no one else.
     */
    static String refusal(Path path, List<PosixFilePermission> forbidden) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(
                        path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return null; // a file system without owners and modes (not POSIX): the tag still guards
            // it
        }
        PosixFileAttributes attributes = view.readAttributes();
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            return attributes.isSymbolicLink() ? "is a symbolic link" : "is not a regular file";
        }
        UserPrincipal me = currentUser(path);
        if (me != null && !attributes.owner().equals(me)) {
            return "belongs to " + attributes.owner().getName() + ", not to " + me.getName();
        }
        for (PosixFilePermission permission : forbidden) {
            if (attributes.permissions().contains(permission)) {
                return "can be "
                        + (permission.name().endsWith("WRITE") ? "written" : "read")
                        + " by "
                        + (permission.name().startsWith("GROUP") ? "its group" : "others");
            }
        }
        return null;
    }

    static String refusalToWrite(Path path) throws IOException {
        return refusal(path, OTHERS_WRITE);
    }

    /**
     * This user: by name, or, where the name is not in the user database, as the owner of a file
     * just made.
     */
    private static UserPrincipal currentUser(Path near) throws IOException {
        String name = System.getProperty("user.name");
        try {
            return near.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        } catch (IOException | RuntimeException unknownName) {
            Path probe = Files.createTempFile("ally-advisor-owner", ".tmp");
            try {
                return Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
    }
}
