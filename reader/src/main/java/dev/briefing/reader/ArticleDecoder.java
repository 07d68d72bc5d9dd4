package dev.briefing.reader;

/**
 * Decodes the bytes of one article file into its text.
 *
 * <p>One implementation per format. A decoder never returns empty text for a file it accepts: a
 * file with no article text in it raises an {@link ArticleReadException} with the reason.
 */
public interface ArticleDecoder {

    /** The media type this decoder reads, reported as {@link Article#mediaType()}. */
    String mediaType();

    /**
     * Decodes the file's bytes.
     *
     * @param fileName the file name, for messages
     * @param bytes    the whole file
     * @return the article text, never blank
     * @throws ArticleReadException when the bytes are not a readable article of this format
     */
    String decode(String fileName, byte[] bytes);
}
