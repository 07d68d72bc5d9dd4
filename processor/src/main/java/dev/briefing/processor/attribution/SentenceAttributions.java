package dev.briefing.processor.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.Sentence;

/**
 * The attributions one sentence holds, as its frames found them, made one per speaker and stance:
 * reported speech nested in the speaker's own words is the speaker's, a medium that only carries a
 * speaker's words ("according to state media, Xi warned ...") is left out, and what a speaker said
 * and added with one stance is one attribution. Stateless.
 */
final class SentenceAttributions {

    private SentenceAttributions() {
    }

    /**
     * "Biden said the United States does not support ...", "Stoltenberg said he and Kishida shared
     * concern ...": an attribution inside another's content whose holders are the speaker, the
     * speaker's country or organisation, or include the speaker, is one position of the speaker,
     * with the inner stance.
     */
    static List<Attribution> nestedMerged(List<Attribution> found) {
        List<Attribution> result = new ArrayList<>(found);
        for (Attribution outer : found) {
            for (Attribution inner : found) {
                if (inner != outer && result.contains(inner) && result.contains(outer) && nestedIn(inner, outer)
                        && sameSide(inner.holders(), outer.holders())) {
                    Stance stance = outer.stance() == Stance.STATEMENT ? inner.stance() : outer.stance();
                    result.set(result.indexOf(outer), new Attribution(outer.holders(), outer.source(), outer.cue(),
                            outer.content(), stance, outer.document()));
                    result.remove(inner);
                }
            }
        }
        return result;
    }

    /**
     * "According to state media, Xi warned Biden against ...": where what "according to" attributes
     * is itself someone's reported speech, the medium only carries it; the speaker holds it.
     */
    static List<Attribution> withoutChannels(Sentence sentence, List<Attribution> found) {
        List<Attribution> result = new ArrayList<>(found);
        for (Attribution outer : found) {
            if (!sentence.token(outer.cue().from()).lower().equals("according")) {
                continue;
            }
            TokenSpan opening = outer.content().getFirst();
            for (Attribution inner : found) {
                if (inner != outer && opening.sentence() == inner.source().sentence()
                        && FrameAttributionExtractor.leadingMarks(sentence, opening.from(), opening.to()) == inner.source().from()) {
                    result.remove(outer);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean nestedIn(Attribution inner, Attribution outer) {
        for (TokenSpan span : outer.content()) {
            if (span.contains(inner.cue().sentence(), inner.cue().from())) {
                return true;
            }
        }
        return false;
    }

    /** The inner holders are the outer speaker, its country or organisation, or include the speaker. */
    private static boolean sameSide(List<Entity> inner, List<Entity> outer) {
        if (inner.containsAll(outer)) {
            return true;
        }
        for (Entity holder : inner) {
            boolean ofSpeaker = outer.stream().anyMatch(speaker -> speaker.equals(holder)
                    || holder.country() != null && holder.type() == dev.briefing.processor.summary.ActorType.COUNTRY
                            && holder.country().equals(speaker.country())
                    || holder.type() == dev.briefing.processor.summary.ActorType.ORGANIZATION
                            && holder.name().equals(speaker.organization()));
            if (!ofSpeaker) {
                return false;
            }
        }
        return true;
    }

    /** One attribution per holders and stance in a sentence: "said ... and added" is one statement. */
    static List<Attribution> merged(List<Attribution> found) {
        List<Attribution> merged = new ArrayList<>();
        for (Attribution next : found) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                Attribution earlier = merged.get(i);
                if (earlier.holders().equals(next.holders()) && compatible(earlier.stance(), next.stance())) {
                    same = i;
                }
            }
            if (same < 0) {
                merged.add(next);
                continue;
            }
            Attribution earlier = merged.get(same);
            List<TokenSpan> content = new ArrayList<>(earlier.content());
            for (TokenSpan span : next.content()) {
                if (content.stream().noneMatch(known -> within(span, known))) {
                    content.removeIf(known -> within(known, span));
                    content.add(span);
                }
            }
            content.sort(Comparator.comparingInt(TokenSpan::sentence).thenComparingInt(TokenSpan::from));
            Stance stance = earlier.stance() == Stance.STATEMENT ? next.stance() : earlier.stance();
            merged.set(same, new Attribution(earlier.holders(), earlier.source(), earlier.cue(), content, stance,
                    earlier.document()));
        }
        return merged;
    }

    private static boolean within(TokenSpan inner, TokenSpan outer) {
        return inner.sentence() == outer.sentence() && inner.from() >= outer.from() && inner.to() <= outer.to();
    }

    private static boolean compatible(Stance a, Stance b) {
        return a == b;
    }
}
