package dev.briefing.processor.text;

/**
 * Character classes of news text: the quotation marks and apostrophes that typesetting curls, and
 * their straight forms, which the part-of-speech model and the reference data are written with.
 */
public final class Characters {

    private Characters() {
    }

    /** The text with curly quotes and apostrophes straightened, character for character (same length). */
    public static String straightened(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char straight = straight(c);
            if (straight != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = straight;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The straight form of a quotation mark or apostrophe, the character itself otherwise. */
    public static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
        };
    }

    public static boolean isQuote(char c) {
        return switch (c) {
            case '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> true;
            default -> false;
        };
    }

    /** A quotation mark that only opens: “ ‘ „ «. */
    public static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '\u2018' || c == '\u201E' || c == '\u00AB';
    }

    /** A quotation mark that only closes: ” ». The right single quote ’ is also the apostrophe. */
    public static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '\u00BB';
    }

    /** A dash that sets off a phrase: en dash, em dash, horizontal bar. */
    public static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2015';
    }
}
