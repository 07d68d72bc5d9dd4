package dev.briefing.processor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.briefing.processor.reference.ReferenceData;

import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Splits text into tokens with OpenNLP's tokenizer model (UD English-EWT), the tokenisation the
 * part-of-speech model was trained on, and then as the later layers read words:
 * <ul>
 * <li>the text is read with its curly quotes and apostrophes straightened (same length, so offsets
 * stay those of the text as read), as the model was trained on straight ones;</li>
 * <li>an abbreviation's final period stays with it ("U.K.", "Sen. Warren", "Jan. 5"), which the
 * model splits off;</li>
 * <li>a hyphen before a capitalised part is a token of its own ("Japan-NATO", "anti-American"),
 * so that both names count;</li>
 * <li>a contraction ("won't", "Japan's", "we'll") is one {@link Piece#word() word} for the tagger,
 * who tags it with two tags, but two pieces for everything else ("wo" + "n't", "Japan" + "'s").</li>
 * </ul>
 * A word of letters alone or of digits alone is one token without asking the model (OpenNLP's
 * alphanumeric optimisation): the model never cuts one, and asking it at every character was most of
 * the tokenizer's cost. A word mixing digits and letters ("11pm", "50m") still goes to the model, which
 * cuts the number from its unit. The model reads each word between spaces on its own, so how it cuts
 * a word is remembered ("said,", "Minister's", "U.S." are cut once per run, not at every use).
 * Thread-safe: the model is shared, each thread has its own tokenizer, the remembered cuts are a
 * concurrent, bounded map.
 */
public final class OpenNlpTokenizer {

    /**
     * A token's offsets, and the index of the word the tagger reads it in: the pieces of a
     * contraction share one word.
     */
    public record Piece(int start, int end, int word) {
    }

    private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    /** Words the model is not asked to cut: letters alone or digits alone. */
    private static final Pattern UNCUT = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

    private static final String[] CLITICS = {"n't", "'s", "'ll", "'re", "'ve", "'d", "'m"};

    /** A typewriter's quotation mark: two apostrophes. */
    private static final String DOUBLED = "''";

    /** What follows an abbreviation whose stop ends no sentence. */
    public enum Before {
        /** a capitalised word: "Sen. Warren" */
        NAME,
        /** a digit: "Jan. 5", "No. 2" */
        NUMBER,
        /** a time zone, a word of two to four capitals: "4:30 p.m. EST" */
        ZONE
    }

    /** Letters of a time zone's abbreviation ("ET", "GMT", "CEST"). */
    private static final int MIN_ZONE = 2;

    private static final int MAX_ZONE = 4;

    private static final Map<String, Before> ABBREVIATIONS = ReferenceData.rows("abbreviations.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0].toLowerCase(java.util.Locale.ROOT),
                    row -> Before.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT))));

    private static final OpenNlpTokenizer SHARED = new OpenNlpTokenizer();

    /** Words whose cuts are remembered at most; past it, a new word is cut by the model each time. */
    private static final int CUTS_LIMIT = 200_000;

    private final ThreadLocal<TokenizerME> tokenizer;

    /** How the model cuts a word: start and end offsets in the word, in pairs. */
    private final Map<String, int[]> cuts = new ConcurrentHashMap<>();

    public OpenNlpTokenizer() {
        TokenizerModel model = load();
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    /**
     * Whether the full stop at {@code period} belongs to an abbreviation that ends no sentence there
     * ("Sen." before a name, "Jan." before a day, "p.m." before a time zone): the word before it,
     * inner stops included, is one, and what follows is
     * what it stands before, in the same paragraph: a stop at a paragraph's end ends its sentence
     * ("... Prime Minister Hun Sen.").
     */
    public static boolean abbreviationStop(String text, int period) {
        return abbreviationStop(text, period, false);
    }

    /**
     * @param phrase whether the text is a phrase of the reference data ("Sen."), where a stop at the
     *               text's end belongs to the abbreviation; in an article it ends the sentence
     */
    private static boolean abbreviationStop(String text, int period, boolean phrase) {
        int start = period;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1))
                || start - 1 > 0 && text.charAt(start - 1) == '.' && Character.isLetter(text.charAt(start - 2)))) {
            start--;
        }
        if (start == period || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        Before before = ABBREVIATIONS.get(text.substring(start, period).toLowerCase(java.util.Locale.ROOT));
        if (before == null) {
            return false;
        }
        int next = period + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            if (text.charAt(next) == '\n') {
                return false;
            }
            next++;
        }
        if (next >= text.length()) {
            return phrase && before == Before.NAME;
        }
        char c = text.charAt(next);
        return switch (before) {
            case NAME -> Character.isUpperCase(c);
            case NUMBER -> Character.isDigit(c);
            case ZONE -> isZone(text, next);
        };
    }

    private static boolean isZone(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isUpperCase(text.charAt(end))) {
            end++;
        }
        return end - from >= MIN_ZONE && end - from <= MAX_ZONE && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    /** One shared instance, for reference data tokenised as the text is. */
    public static OpenNlpTokenizer shared() {
        return SHARED;
    }

    /** The words of a phrase as tokens of the text would be, quotes straightened, case kept. */
    public List<String> words(String phrase) {
        String straight = Characters.straightened(phrase);
        return pieces(straight, 0, straight.length(), true).stream()
                .map(piece -> straight.substring(piece.start(), piece.end()))
                .toList();
    }

    /**
     * The pieces of {@code straight[from, to)}, offsets in {@code straight}.
     *
     * @param straight the text with its quotes straightened ({@link Characters#straightened})
     */
    public List<Piece> pieces(String straight, int from, int to) {
        return pieces(straight, from, to, false);
    }

    private List<Piece> pieces(String straight, int from, int to, boolean phrase) {
        List<int[]> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && StringUtil.isWhitespace(straight.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !StringUtil.isWhitespace(straight.charAt(i))) {
                i++;
            }
            if (i > start) {
                int[] cut = cuts(straight.substring(start, i));
                for (int k = 0; k < cut.length; k += 2) {
                    tokens.add(new int[] {start + cut[k], start + cut[k + 1]});
                }
            }
        }
        mergeAbbreviationPeriods(straight, tokens, phrase);
        splitClosingApostrophes(straight, tokens);
        mergeDoubledApostrophes(straight, tokens);
        mergeHyphenatedWords(straight, tokens);
        splitFinalPeriod(straight, tokens, phrase);
        List<int[]> split = new ArrayList<>(tokens.size() + 4);
        for (int[] token : tokens) {
            splitHyphens(straight, token[0], token[1], split);
        }
        List<Piece> pieces = new ArrayList<>(split.size() + 4);
        for (int word = 0; word < split.size(); word++) {
            int start = split.get(word)[0];
            int end = split.get(word)[1];
            int clitic = cliticStart(straight, start, end);
            if (clitic > start) {
                pieces.add(new Piece(start, clitic, word));
                pieces.add(new Piece(clitic, end, word));
            }
            else {
                pieces.add(new Piece(start, end, word));
            }
        }
        return pieces;
    }

    /** The model's cuts of one word between spaces, remembered. */
    private int[] cuts(String word) {
        int[] known = cuts.get(word);
        if (known != null) {
            return known;
        }
        Span[] spans = tokenizer.get().tokenizePos(word);
        int[] cut = new int[spans.length * 2];
        for (int k = 0; k < spans.length; k++) {
            cut[2 * k] = spans[k].getStart();
            cut[2 * k + 1] = spans[k].getEnd();
        }
        if (cuts.size() < CUTS_LIMIT) {
            cuts.put(word, cut);
        }
        return cut;
    }

    /**
     * "conservative- leaning", "well - known": the model cuts some compounds written without spaces
     * at their hyphen; a compound whose next part is in lower case is one word, as the tagger reads
     * it best ("Japan-NATO" is split again later, on purpose).
     */
    private static void mergeHyphenatedWords(String text, List<int[]> tokens) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            int[] token = tokens.get(i);
            int[] next = tokens.get(i + 1);
            if (next[0] != token[1] || !Character.isLowerCase(text.charAt(next[0]))) {
                continue;
            }
            boolean hyphenEnds = text.charAt(token[1] - 1) == '-' && Character.isLetterOrDigit(text.charAt(token[0]));
            boolean hyphenAlone = token[1] - token[0] == 1 && text.charAt(token[0]) == '-';
            if (hyphenEnds && token[1] - token[0] > 1) {
                token[1] = next[1];
                tokens.remove(i + 1);
            }
            else if (hyphenAlone && i > 0 && tokens.get(i - 1)[1] == token[0]
                    && Character.isLetterOrDigit(text.charAt(tokens.get(i - 1)[1] - 1))) {
                tokens.get(i - 1)[1] = next[1];
                tokens.remove(i + 1);
                tokens.remove(i);
                i--;
            }
        }
    }

    /** "U.K" + "." written together: one token "U.K.". */
    private static void mergeAbbreviationPeriods(String text, List<int[]> tokens, boolean phrase) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            int[] token = tokens.get(i);
            int[] next = tokens.get(i + 1);
            if (next[0] == token[1] && next[1] == next[0] + 1 && text.charAt(next[0]) == '.'
                    && (isAbbreviation(text, token[0], token[1]) || abbreviationStop(text, next[0], phrase))) {
                token[1] = next[1];
                tokens.remove(i + 1);
            }
        }
    }

    /**
     * "Egypt." at the end of a sentence: the model sometimes keeps the full stop on the last word;
     * it is a token of its own unless the word is an abbreviation of letters ("U.S.") or a single
     * capital ("D.").
     */
    private static void splitFinalPeriod(String text, List<int[]> tokens, boolean phrase) {
        if (tokens.isEmpty()) {
            return;
        }
        int[] last = tokens.getLast();
        int length = last[1] - last[0];
        if (length > 2 && text.charAt(last[1] - 1) == '.' && Character.isLetter(text.charAt(last[1] - 2))
                && !isAbbreviation(text, last[0], last[1] - 1) && !abbreviationStop(text, last[1] - 1, phrase)) {
            int end = last[1];
            last[1] = end - 1;
            tokens.add(new int[] {end - 1, end});
        }
    }

    /**
     * "mechanics''": the model leaves a typewriter's closing quotation mark on the word before it; it
     * is a token of its own, as after a comma.
     */
    private static void splitClosingApostrophes(String text, List<int[]> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int[] token = tokens.get(i);
            int end = token[1];
            if (end - token[0] > DOUBLED.length() && text.startsWith(DOUBLED, end - DOUBLED.length())
                    && Character.isLetterOrDigit(text.charAt(end - DOUBLED.length() - 1))) {
                token[1] = end - DOUBLED.length();
                tokens.add(i + 1, new int[] {end - DOUBLED.length(), end});
            }
        }
    }

    /** Two apostrophes written together ('' as typewriters quote): one quotation mark. */
    private static void mergeDoubledApostrophes(String text, List<int[]> tokens) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            int[] token = tokens.get(i);
            int[] next = tokens.get(i + 1);
            if (next[0] == token[1] && token[1] - token[0] == 1 && next[1] - next[0] == 1
                    && text.charAt(token[0]) == '\'' && text.charAt(next[0]) == '\'') {
                token[1] = next[1];
                tokens.remove(i + 1);
            }
        }
    }

    /** Letters separated by periods: "U.K", "E.U". */
    private static boolean isAbbreviation(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int i = start; i < end; i++) {
            boolean letterPlace = (i - start) % 2 == 0;
            char c = text.charAt(i);
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (end - start) % 2 == 1;
    }

    /** Splits a token at each hyphen that stands before a capital or opens it: "anti-American", "-NATO". */
    private static void splitHyphens(String text, int start, int end, List<int[]> out) {
        int partStart = start;
        for (int i = start; i < end - 1; i++) {
            if (text.charAt(i) == '-' && Character.isUpperCase(text.charAt(i + 1))
                    && (i == start || Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                if (i > partStart) {
                    out.add(new int[] {partStart, i});
                }
                out.add(new int[] {i, i + 1});
                partStart = i + 1;
            }
        }
        out.add(new int[] {partStart, end});
    }

    /** Where a clitic starts in the token ("n't", "'s", "'ll"...), or {@code start} when none ends it. */
    private static int cliticStart(String text, int start, int end) {
        int length = end - start;
        if (length == 6 && text.regionMatches(true, start, "cannot", 0, 6)) {
            return start + 3;
        }
        for (String clitic : CLITICS) {
            int n = clitic.length();
            if (length > n && text.regionMatches(true, end - n, clitic, 0, n)
                    && Character.isLetter(text.charAt(end - n - 1))) {
                return end - n;
            }
        }
        if (length > 2 && text.charAt(end - 1) == '\'' && (text.charAt(end - 2) == 's' || text.charAt(end - 2) == 'S')) {
            return end - 1;
        }
        return start;
    }

    private static TokenizerModel load() {
        try (InputStream in = Objects.requireNonNull(OpenNlpTokenizer.class.getResourceAsStream(MODEL), MODEL)) {
            TokenizerModel model = new TokenizerModel(in);
            TokenizerFactory uncut = new TokenizerFactory(model.getLanguage(), model.getAbbreviations(), true, UNCUT);
            return new TokenizerModel(model.getMaxentModel(), Map.of(), uncut);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot load the tokenizer model " + MODEL, ex);
        }
    }
}
