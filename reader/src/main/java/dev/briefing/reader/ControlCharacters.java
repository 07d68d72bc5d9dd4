package dev.briefing.reader;

/**
 * Keeps control characters out of article text, where they would reach the JSON as escapes and the
 * workbook as "?". A NUL, which no text holds, makes the file binary; any other control character
 * (C0 but tab, line feed and carriage return; DEL; C1) becomes a space, one for one, so offsets into
 * the text stay those of the file.
 */
final class ControlCharacters {

    private static final char NUL = '\u0000';

    private ControlCharacters() {
    }

    /**
     * The text with its control characters replaced by spaces.
     *
     * @throws ArticleReadException when the text holds a NUL character
     */
    static String replace(String fileName, String text) {
        int nul = text.indexOf(NUL);
        if (nul >= 0) {
            throw new ArticleReadException(fileName, "binary data (NUL character at offset " + nul + ")");
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
