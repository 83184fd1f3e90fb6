package org.allyadvisor.text;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file or folder could not be read or written, as the end of a message that names it already.
 * The file system's exceptions carry the path as their message, so their reason is said instead, or
 * what their kind means.
 */
public final class IoReasons {

    private IoReasons() {}

    /** The reason; an {@link UncheckedIOException} (from a stream of files) is its cause's. */
    public static String of(Exception failure) {
        Throwable e =
                failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                        ? unchecked.getCause()
                        : failure;
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failed) {
            if (failed.getReason() != null) {
                return failed.getReason();
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            return e instanceof NotDirectoryException ? "not a folder" : "the system refused it";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
