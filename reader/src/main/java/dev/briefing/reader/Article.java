package dev.briefing.reader;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An article file as read: its text decoded, before any clean-up.
 *
 * @param id          the file name without its extension, or the whole name where two inputs share a stem;
 *                    unique within an input directory
 * @param fileName    the file name, as listed in the input directory
 * @param sha256      hex SHA-256 of the file's bytes, to recognise the same content under two names
 * @param text        the decoded text; for HTML, the main text of the page
 * @param mediaType   the media type the text was decoded from, e.g. {@code text/plain}
 * @param duplicateOf the file read earlier in the same read with the same bytes, or null
 */
public record Article(String id, String fileName, String sha256, String text, String mediaType,
        @Nullable String duplicateOf) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank for file " + fileName);
        }
    }

    /** An article that is the first of its content in the read. */
    public Article(String id, String fileName, String sha256, String text, String mediaType) {
        this(id, fileName, sha256, text, mediaType, null);
    }

    /** The file name without its last extension: {@code 003_ffad.txt} gives {@code 003_ffad}. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
