package dev.briefing.processor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.briefing.processor.ArticleMetadata;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article's body into sentences with OpenNLP's English sentence detector (UD English-EWT
 * model), which knows abbreviations such as "Mr." and "U.S." better than rules do, and tokenises
 * each sentence with {@link Tokenizer}.
 *
 * <p>A quotation that runs over several sentences ("... tomorrow. So we must ...," he said) is kept
 * as one unit, so that it stays with its attribution. Thread-safe: the model is shared, each thread
 * has its own detector.
 */
public class OpenNlpDocumentAnalyzer {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** At most this many sentences are joined into one quotation unit. */
    private static final int MAX_QUOTE_SENTENCES = 6;

    /** The longest a sentence may be; longer text without a sentence end is split at spaces. */
    static final int MAX_SENTENCE_CHARS = 2000;

    private final TextCleaner cleaner;

    private final ThreadLocal<SentenceDetectorME> detector;

    public OpenNlpDocumentAnalyzer(TextCleaner cleaner) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        SentenceModel model = load();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    public ArticleDocument analyze(String text, ArticleMetadata metadata) {
        List<Sentence> sentences = new ArrayList<>();
        List<TextSpan> paragraphs = cleaner.paragraphs(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            TextSpan paragraph = paragraphs.get(p);
            Span[] spans = detector.get().sentPosDetect(text.substring(paragraph.start(), paragraph.end()));
            int i = 0;
            while (i < spans.length) {
                int first = i;
                boolean open = endsInsideQuote(text, paragraph.start(), spans[i], false);
                while (open && i + 1 < spans.length && i - first + 1 < MAX_QUOTE_SENTENCES) {
                    i++;
                    open = endsInsideQuote(text, paragraph.start(), spans[i], true);
                }
                int end = paragraph.start() + spans[i].getEnd();
                for (int start = paragraph.start() + spans[first].getStart(); start < end; ) {
                    int to = pieceEnd(text, start, end);
                    sentences.add(new Sentence(sentences.size(), p, start, to, Tokenizer.tokens(text, start, to)));
                    start = to;
                }
                i++;
            }
        }
        return new ArticleDocument(text, metadata, sentences);
    }

    /**
     * Where a sentence from {@code start} ends: at {@code end}, or, for text that runs on without a
     * sentence end, at the last space within {@link #MAX_SENTENCE_CHARS}. Every fact quotes its
     * sentence, so an unbounded one (9 MB without a full stop) made an article's facts grow with the
     * square of its length and ran the heap out.
     */
    private static int pieceEnd(String text, int start, int end) {
        if (end - start <= MAX_SENTENCE_CHARS) {
            return end;
        }
        int space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS - 1);
        return space > start + MAX_SENTENCE_CHARS / 2 ? space + 1 : start + MAX_SENTENCE_CHARS;
    }

    /** Whether a quotation is still open at the end of the sentence, given whether it was at its start. */
    private static boolean endsInsideQuote(String text, int base, Span span, boolean openAtStart) {
        boolean open = openAtStart;
        for (int i = base + span.getStart(); i < base + span.getEnd(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = true;
            }
            else if (c == '”') {
                open = false;
            }
            else if (c == '"') {
                open = opens(text, i);
            }
        }
        return open;
    }

    /**
     * A straight quote mark opens a quotation when it starts a word (after a space or a bracket) and
     * closes one when it ends a word, so the news convention of reopening a continued quotation at
     * each new sentence ("... approaches. "These plans ...," she said) keeps its balance.
     */
    private static boolean opens(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014';
    }

    private static SentenceModel load() {
        try (InputStream in = Objects.requireNonNull(OpenNlpDocumentAnalyzer.class.getResourceAsStream(MODEL), MODEL)) {
            return new SentenceModel(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot load the sentence model " + MODEL, ex);
        }
    }
}
