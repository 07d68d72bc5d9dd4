package dev.briefing.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation with a regular expression: cheap enough to run over every
 * sentence. A possessive "'s" is a token of its own ("Japan", "'s"), and so is a hyphen, so that
 * "Japan-NATO" names both; reference phrases are tokenised the same way, so they match alike.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*|[^\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]");

    private Tokenizer() {
    }

    /** The tokens of {@code text[from, to)}, offsets in {@code text}. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (end - start > 2 && isPossessive(text, end)) {
                tokens.add(new Token(text.substring(start, end - 2), start, end - 2));
                tokens.add(new Token(text.substring(end - 2, end), end - 2, end));
            }
            else {
                tokens.add(new Token(text.substring(start, end), start, end));
            }
        }
        return tokens;
    }

    /** The token texts of a phrase, as reference data are looked up. */
    public static List<String> words(String phrase) {
        return tokens(phrase, 0, phrase.length()).stream().map(Token::text).toList();
    }

    private static boolean isPossessive(String text, int end) {
        char apostrophe = text.charAt(end - 2);
        char s = text.charAt(end - 1);
        return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S');
    }
}
