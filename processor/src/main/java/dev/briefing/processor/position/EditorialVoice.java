package dev.briefing.processor.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * The writer's own voice: the sentences of an article that attribute nothing to anyone, stand
 * outside quotations, and judge ({@code judgement-words.tsv}: "is vital", "is reckless", "must",
 * "should"; or the stance words of what is said, {@code content-stance.tsv}).
 * <ul>
 * <li>An article is an editorial or opinion piece when its metadata says so (a section label, a
 * reprint's closing attribution) or when such judgements are a large share of its own sentences,
 * as no news report's are.</li>
 * <li>In an editorial each such sentence is a position of the outlet (the article's source), or of
 * its author where only the author is known, or of "Author".</li>
 * </ul>
 * Thread-safe: immutable.
 */
public final class EditorialVoice {

    /** Sentences of the writer's own that judge, at least, for an unlabelled article to be an editorial. */
    private static final int MIN_JUDGEMENTS = 4;

    /** And the share of the writer's own sentences they must make up, in percent. */
    private static final int MIN_SHARE = 30;

    private static final int PERCENT = 100;

    private static final String UNNAMED_AUTHOR = "Author";

    private final Lexicons lexicons;

    public EditorialVoice(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The article's kind: its metadata's, or editorial where its own voice judges throughout. */
    public ArticleKind kind(ArticleDocument document, List<Attribution> attributions) {
        if (document.metadata().kind() == ArticleKind.EDITORIAL) {
            return ArticleKind.EDITORIAL;
        }
        List<Sentence> own = ownSentences(document, attributions);
        int judging = 0;
        for (Sentence sentence : own) {
            judging += judgement(sentence) != null ? 1 : 0;
        }
        boolean voiced = judging >= MIN_JUDGEMENTS && judging * PERCENT >= own.size() * MIN_SHARE;
        return voiced ? ArticleKind.EDITORIAL : ArticleKind.NEWS;
    }

    /** The outlet's positions: its own judging sentences, in text order. */
    public List<Position> judgements(ArticleDocument document, ArticleReferences references,
            List<Attribution> attributions) {
        Actor outlet = outlet(document);
        List<Position> positions = new ArrayList<>();
        for (Sentence sentence : ownSentences(document, attributions)) {
            Stance stance = judgement(sentence);
            if (stance != null) {
                String text = document.text(sentence);
                positions.add(new Position(List.of(outlet), stance, about(references, sentence), text.strip(), null,
                        text, sentence.start(), sentence.end()));
            }
        }
        return positions;
    }

    private static Actor outlet(ArticleDocument document) {
        String source = document.metadata().source();
        if (source != null) {
            return new Actor(source, ActorType.OUTLET, null, null);
        }
        String author = document.metadata().author();
        return author != null ? new Actor(author, ActorType.PERSON, null, null)
                : new Actor(UNNAMED_AUTHOR, ActorType.OUTLET, null, null);
    }

    /** The body's tagged sentences that attribute nothing, hold no quotation, and are not the headline. */
    private static List<Sentence> ownSentences(ArticleDocument document, List<Attribution> attributions) {
        Set<Integer> attributed = new HashSet<>();
        for (Attribution attribution : attributions) {
            for (int s = attribution.firstSentence(); s <= attribution.lastSentence(); s++) {
                attributed.add(s);
            }
        }
        String title = document.metadata().title();
        List<Sentence> own = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            boolean headline = title != null && document.text(sentence).strip().equals(title.strip());
            if (sentence.tagged() && !headline && !attributed.contains(sentence.index()) && !quotes(sentence)) {
                own.add(sentence);
            }
        }
        return own;
    }

    private static boolean quotes(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.quote() && !token.lower().equals("'")) {
                return true;
            }
        }
        return false;
    }

    /** The stance of the sentence's first judging word, or null when it judges nothing. */
    private @Nullable Stance judgement(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.is(Pos.ADJ) || token.is(Pos.AUX) || token.is(Pos.VERB)) {
                Stance stance = lexicons.judgement(token.lemma());
                if (stance == null) {
                    stance = lexicons.judgement(token.lower());
                }
                if (stance != null) {
                    return stance;
                }
            }
        }
        return null;
    }

    private static List<String> about(ArticleReferences references, Sentence sentence) {
        Set<String> about = new LinkedHashSet<>();
        for (Mention mention : references.countryMentions()) {
            if (mention.sentence() == sentence.index()) {
                about.add(mention.key());
            }
        }
        return List.copyOf(about);
    }
}
