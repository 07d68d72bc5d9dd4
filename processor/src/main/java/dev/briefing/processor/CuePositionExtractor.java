package dev.briefing.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefing.processor.ArticleEntities.Referent;
import dev.briefing.processor.Discourse.Attribution;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds positions by their reporting cues ({@code reference/reporting-cues.tsv}) and the holders
 * {@link Discourse} attributes them to. The stance is the cue's own ("warned": concern); a neutral
 * cue ("said") takes it from the words of what was said ({@code stance-cues.tsv}: "must" makes a
 * demand). Two cues of one holder in a sentence make one position unless their stances differ
 * ("condemned ... and expressed concern": two).
 *
 * <p>A neutral statement that reports a commitment ("Kishida said Japan would establish ...") is left
 * to the commitments. A sentence repeated word for word (a standfirst repeated in the body) gives its
 * positions once. In an editorial, a sentence attributing nothing to anyone that judges in the
 * outlet's own words ({@code editorial-cues.tsv}: "It is vital to ...") is a position of the outlet.
 *
 * <p>Thread-safe: immutable after construction.
 */
public class CuePositionExtractor implements PositionExtractor {

    private static final Pattern SPACE_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}]+");

    private final PhraseLexicon<Stance> reporting;

    /** Punctuation that joins the reporting verb to what was said ("said: ...", "added, ..."). */
    private static final Set<String> LEADING_MARKS = Set.of(":", ",", ";", "-", "–", "—");

    private final List<Cues.Labelled<Stance>> stanceWords;

    private final PhraseLexicon<Stance> editorial;

    CuePositionExtractor(PhraseLexicon<Stance> reporting, List<Cues.Labelled<Stance>> stanceWords,
            PhraseLexicon<Stance> editorial) {
        this.reporting = reporting;
        this.stanceWords = List.copyOf(stanceWords);
        this.editorial = editorial;
    }

    /** The extractor over the project's reference data. */
    public static CuePositionExtractor standard() {
        return new CuePositionExtractor(Cues.lexicon("reporting-cues.tsv", Cues.enumOf(Stance.class)),
                Cues.ordered("stance-cues.tsv", Cues.enumOf(Stance.class)),
                Cues.lexicon("editorial-cues.tsv", Cues.enumOf(Stance.class)));
    }

    @Override
    public List<Position> extract(ArticleDocument document, ArticleEntities entities, List<Commitment> commitments) {
        Set<Integer> pledging = new HashSet<>();
        commitments.forEach(commitment -> pledging.add(commitment.start()));
        Discourse discourse = new Discourse(document, entities, reporting);
        Actor outlet = outlet(document);
        Set<String> seen = new HashSet<>();
        List<Position> positions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Attribution> attributions = discourse.attributions(sentence);
            String text = document.text(sentence);
            if (!seen.add(SPACE_AND_PUNCTUATION.matcher(text).replaceAll(" ").strip())) {
                continue;
            }
            for (Attribution attribution : attributions) {
                Stance stance = attribution.stance() == Stance.STATEMENT
                        ? stanceOf(sentence.tokens(), attribution.contentFrom(), attribution.contentTo())
                        : attribution.stance();
                if (stance == Stance.STATEMENT && pledging.contains(sentence.start())) {
                    continue;
                }
                positions.add(position(document, entities, sentence, attribution.holders(), stance,
                        attribution.contentFrom(), attribution.contentTo()));
            }
            if (outlet != null && attributions.isEmpty() && sentence.index() > 0 && !discourse.reports(sentence)) {
                Stance judgement = judgement(sentence.tokens());
                if (judgement != null) {
                    positions.add(position(document, entities, sentence, List.of(outlet), judgement, 0,
                            sentence.size()));
                }
            }
        }
        return positions;
    }

    private static @Nullable Actor outlet(ArticleDocument document) {
        String source = document.metadata().source();
        return document.metadata().kind() == ArticleKind.EDITORIAL && source != null
                ? new Actor(source, ActorType.OUTLET, null, null) : null;
    }

    private Stance stanceOf(List<Token> tokens, int from, int to) {
        for (Cues.Labelled<Stance> words : stanceWords) {
            if (words.foundIn(tokens, from, to)) {
                return words.label();
            }
        }
        return Stance.STATEMENT;
    }

    private @Nullable Stance judgement(List<Token> tokens) {
        List<PhraseLexicon.Match<Stance>> cues = editorial.all(tokens);
        return cues.isEmpty() ? null : cues.getFirst().value();
    }

    private static Position position(ArticleDocument document, ArticleEntities entities, Sentence sentence,
            List<Actor> holders, Stance stance, int from, int to) {
        String text = document.text(sentence);
        int first = from;
        while (first < to && first < sentence.size() && LEADING_MARKS.contains(sentence.token(first).text())) {
            first++;
        }
        String statement = hasWord(sentence, first, to)
                ? document.text(sentence.token(first), sentence.token(to - 1)).strip() : text;
        return new Position(holders, stance, about(entities, sentence, holders), statement.isBlank() ? text : statement,
                quote(text), text, sentence.start(), sentence.end());
    }

    /** Whether the tokens from {@code from} to {@code to} hold a word: "." left after "..., he said" does not. */
    private static boolean hasWord(Sentence sentence, int from, int to) {
        for (int k = from; k < to && k < sentence.size(); k++) {
            if (sentence.token(k).word()) {
                return true;
            }
        }
        return false;
    }

    /** The countries the sentence names, but not the holders' own. */
    private static List<String> about(ArticleEntities entities, Sentence sentence, List<Actor> holders) {
        Set<String> own = new HashSet<>();
        holders.forEach(holder -> {
            if (holder.country() != null) {
                own.add(holder.country());
            }
        });
        Set<String> about = new LinkedHashSet<>();
        for (Referent referent : entities.in(sentence.index())) {
            if (referent.type() == ActorType.COUNTRY && !own.contains(referent.mention().id())) {
                about.add(referent.mention().id());
            }
        }
        return List.copyOf(about);
    }

    /** The first quotation of the sentence, or null. */
    private static @Nullable String quote(String text) {
        int open = indexOfAny(text, "\"“", 0);
        if (open < 0) {
            return null;
        }
        int close = indexOfAny(text, "\"”", open + 1);
        return close > open + 1 ? text.substring(open + 1, close).strip() : null;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
