package dev.briefing.processor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into {@link Quotation}s, paragraph by paragraph. Curly marks say which way
 * they face, except a closing mark typed at a word's start where none is open, which opens; a
 * straight double quote opens where none is open and closes the one that is. Single
 * marks quote only where they stand at a word's edge: an opening one before a letter after a space
 * ("Blair 'will not quit'"), a closing one after it; an apostrophe inside or after a word is not a
 * quotation mark. A quotation left open at the end of its paragraph ends there.
 */
public final class QuotationFinder {

    private QuotationFinder() {
    }

    public static List<Quotation> quotations(String text, List<Sentence> sentences) {
        List<Quotation> quotations = new ArrayList<>();
        int s = 0;
        while (s < sentences.size()) {
            int last = s;
            while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == sentences.get(s).paragraph()) {
                last++;
            }
            paragraph(text, sentences.subList(s, last + 1), quotations);
            s = last + 1;
        }
        return quotations;
    }

    private static void paragraph(String text, List<Sentence> sentences, List<Quotation> out) {
        int[] doubleOpen = null;
        int[] singleOpen = null;
        for (Sentence sentence : sentences) {
            for (int k = 0; k < sentence.size(); k++) {
                Token token = sentence.token(k);
                if (!token.quote()) {
                    continue;
                }
                char mark = token.doubledApostrophe() ? '"' : token.text().charAt(0);
                if (isDouble(mark)) {
                    if (doubleOpen != null && !Characters.isOpeningQuote(mark)) {
                        out.add(new Quotation(doubleOpen[0], doubleOpen[1], sentence.index(), k, true));
                        doubleOpen = null;
                        singleOpen = null;
                    }
                    else if (!Characters.isClosingQuote(mark) || opensWord(text, token)) {
                        doubleOpen = new int[] {sentence.index(), k};
                    }
                }
                else if (singleOpen == null && opensSingle(text, token)) {
                    singleOpen = new int[] {sentence.index(), k};
                }
                else if (singleOpen != null && closesSingle(text, token)) {
                    out.add(new Quotation(singleOpen[0], singleOpen[1], sentence.index(), k, true));
                    singleOpen = null;
                }
            }
        }
        Sentence last = sentences.getLast();
        int[] open = doubleOpen != null ? doubleOpen : singleOpen;
        if (open != null && (last.index() > open[0] || last.size() > open[1] + 1)) {
            out.add(new Quotation(open[0], open[1], last.index(), last.size(), false));
        }
    }

    /** A mark at a word's start, after a space or at a line's start ("\u201DFear." typed the wrong way round). */
    private static boolean opensWord(String text, Token token) {
        boolean spaceBefore = token.start() == 0 || Character.isWhitespace(text.charAt(token.start() - 1));
        boolean letterAfter = token.end() < text.length() && Character.isLetterOrDigit(text.charAt(token.end()));
        return spaceBefore && letterAfter;
    }

    private static boolean isDouble(char mark) {
        return mark == '"' || mark == '\u201C' || mark == '\u201D' || mark == '\u201E' || mark == '\u00AB'
                || mark == '\u00BB';
    }

    private static boolean opensSingle(String text, Token token) {
        char mark = token.text().charAt(0);
        if (mark == '\u2019') {
            return false;
        }
        boolean spaceBefore = token.start() == 0 || !Character.isLetterOrDigit(text.charAt(token.start() - 1));
        boolean letterAfter = token.end() < text.length() && Character.isLetterOrDigit(text.charAt(token.end()));
        return spaceBefore && letterAfter;
    }

    private static boolean closesSingle(String text, Token token) {
        char mark = token.text().charAt(0);
        if (mark == '\u2018') {
            return false;
        }
        boolean wordBefore = token.start() > 0 && !Character.isWhitespace(text.charAt(token.start() - 1));
        boolean spaceAfter = token.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(token.end()));
        return wordBefore && spaceAfter;
    }
}
