package dev.briefing.processor.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Quotation;
import dev.briefing.processor.text.Sentence;

/**
 * Quotations as attributions see them: what a quotation's marks enclose, whether a frame follows it
 * in its sentence, whether a speaker's attribution already covers it, and the quotations with no cue
 * of their own that go on with the quoting attribution before them. Stateless.
 */
final class Quotations {

    private Quotations() {
    }

    /**
     * A quotation with no cue of its own that opens a sentence right after a quoting attribution is
     * the same speaker's: in the same paragraph it goes on with that attribution ("'A,' he said.
     * 'B.'"), in the next paragraph it is a new one of the same holders.
     */
    static List<Attribution> continued(ArticleDocument document, List<Attribution> found) {
        List<Attribution> all = new ArrayList<>(found);
        all.sort(Comparator.comparingInt(Attribution::lastSentence));
        for (Quotation quotation : document.quotations()) {
            Sentence first = document.sentence(quotation.firstSentence());
            if (quotation.open() != 0 || framedAfter(document, quotation)) {
                continue;
            }
            int previous = previousQuoting(document, all, first);
            if (previous < 0 || covered(all, quotation, all.get(previous).holders())) {
                continue;
            }
            List<TokenSpan> content = quoted(document, quotation);
            if (content.isEmpty()) {
                continue;
            }
            Attribution before = all.get(previous);
            boolean sameParagraph = document.sentence(before.lastSentence()).paragraph() == first.paragraph();
            if (sameParagraph) {
                List<TokenSpan> longer = new ArrayList<>(before.content());
                longer.addAll(content);
                all.set(previous, new Attribution(before.holders(), before.source(), before.cue(), longer,
                        before.stance(), before.document()));
            }
            else {
                TokenSpan none = new TokenSpan(first.index(), 0, 0);
                all.add(new Attribution(before.holders(), none, none, content, Stance.STATEMENT, false));
            }
        }
        return all;
    }

    static List<TokenSpan> quoted(ArticleDocument document, Quotation quotation) {
        List<TokenSpan> content = new ArrayList<>();
        for (int s = quotation.firstSentence(); s <= quotation.lastSentence(); s++) {
            Sentence sentence = document.sentence(s);
            int from = FrameAttributionExtractor.leadingMarks(sentence, s == quotation.firstSentence() ? quotation.open() + 1 : 0, sentence.size());
            int to = FrameAttributionExtractor.trailingMarks(sentence, from, s == quotation.lastSentence() ? Math.min(quotation.close(),
                    sentence.size()) : sentence.size());
            if (to > from) {
                content.add(new TokenSpan(s, from, to));
            }
        }
        return content;
    }

    /** Whether words follow the quotation's closing mark in its sentence: a frame of its own ("..." X said). */
    static boolean framedAfter(ArticleDocument document, Quotation quotation) {
        Sentence last = document.sentence(quotation.lastSentence());
        for (int k = quotation.close() + 1; k < last.size(); k++) {
            if (last.token(k).word()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attribution frames the quotation or what it quotes. One whose cue the quotation
     * itself quotes, held by others than the {@code speaker} ("'Voters believe it is real,' she said.
     * 'They say ...'"), is the speaker's words, not a frame of them.
     */
    static boolean covered(List<Attribution> found, Quotation quotation, List<Entity> speaker) {
        for (Attribution attribution : found) {
            if (quotedCue(attribution, quotation) && !speaker.isEmpty()
                    && Collections.disjoint(attribution.holders(), speaker)) {
                continue;
            }
            for (TokenSpan span : attribution.content()) {
                if (span.sentence() >= quotation.firstSentence() && span.sentence() <= quotation.lastSentence()) {
                    return true;
                }
            }
            if (attribution.cue().sentence() >= quotation.firstSentence()
                    && attribution.cue().sentence() <= quotation.lastSentence()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the attribution's cue stands inside the quotation's marks. */
    private static boolean quotedCue(Attribution attribution, Quotation quotation) {
        TokenSpan cue = attribution.cue();
        return cue.to() > cue.from() && quotation.contains(cue.sentence(), cue.from());
    }

    /**
     * The index of the last attribution ending in the sentence just before {@code first}, in its
     * paragraph or the one before, whose content was a quotation; -1 when there is none. Another
     * attribution of that sentence ("'...,' said X, who has backed Y") does not hide it; a speaker's
     * labelled turn ends with its paragraph.
     */
    private static int previousQuoting(ArticleDocument document, List<Attribution> found, Sentence first) {
        int previous = -1;
        for (int i = 0; i < found.size(); i++) {
            Attribution attribution = found.get(i);
            if (attribution.lastSentence() == first.index() - 1 && quotes(document, attribution)
                    && !FrameAttributionExtractor.speakerLabel(document.sentence(attribution.cue().sentence()),
                            attribution.cue().from())) {
                previous = i;
            }
        }
        if (previous < 0) {
            return -1;
        }
        int paragraph = document.sentence(found.get(previous).lastSentence()).paragraph();
        return paragraph == first.paragraph() || paragraph == first.paragraph() - 1 ? previous : -1;
    }

    /** Whether an attribution's content is a quotation. */
    private static boolean quotes(ArticleDocument document, Attribution attribution) {
        for (TokenSpan span : attribution.content()) {
            if (document.quoted(span.sentence(), span.from())) {
                return true;
            }
        }
        return false;
    }
}
