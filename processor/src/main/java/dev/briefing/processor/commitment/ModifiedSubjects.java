package dev.briefing.processor.commitment;

import java.util.List;
import java.util.Set;

import dev.briefing.processor.attribution.SourceFinder;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * The subject a modifier belongs to, when what stands just before the verb group is only named
 * inside that modifier: "Ghana, which hosted the talks with Togo, will ..." (a relative clause
 * between commas) and "donors meeting in Accra pledged ..." (a participle and its prepositional
 * phrase after the head) commit Ghana and the donors, not Togo or Accra. Thread-safe: immutable.
 */
final class ModifiedSubjects {

    private static final Set<String> RELATIVES = WordClasses.standard().of("clause-relative");

    /** Tokens a relative clause may run from its pronoun to the phrase found before the verb. */
    private static final int RELATIVE_REACH = 20;

    private static final String COMMA = ",";

    /** The ending of a participle the tagger reads as the second noun of a compound ("donors meeting in"). */
    private static final String GERUND = "ing";

    private final SourceFinder subjects;

    ModifiedSubjects(SourceFinder subjects) {
        this.subjects = subjects;
    }

    /**
     * The source that heads the modifier holding {@code found}, {@code found} when it modifies
     * nothing, or null when the head names no one who can be found ("the talks held in Accra").
     */
    SourceFinder.@Nullable Source head(Sentence sentence, SourceFinder.Source found, ArticleReferences references) {
        int end = modifiedEnd(sentence, found.span().from());
        if (end <= 0) {
            return found;
        }
        SourceFinder.Source head = subjects.before(sentence, end, references, List.of());
        return head == null || head.document() ? null : head;
    }

    /** Where the phrase the modifier opening before {@code from} attaches to ends, or -1 when none opens there. */
    static int modifiedEnd(Sentence sentence, int from) {
        int participle = participleBefore(sentence, from);
        return participle >= 0 ? participle : relativeOpening(sentence, from);
    }

    /** "donors [meeting] in Accra": a participle after a noun, then the preposition of the phrase found. */
    private static int participleBefore(Sentence sentence, int from) {
        int preposition = from - 1;
        while (preposition >= 0 && sentence.token(preposition).is(Pos.DET)) {
            preposition--;
        }
        if (preposition < 2 || !sentence.token(preposition).is(Pos.ADP)) {
            return -1;
        }
        Token verb = sentence.token(preposition - 1);
        Token head = sentence.token(preposition - 2);
        boolean participle = verb.is(Pos.VERB) && !verb.lower().equals(verb.lemma())
                || verb.is(Pos.NOUN) && verb.lower().endsWith(GERUND) && plural(head);
        return participle && (head.is(Pos.NOUN) || head.is(Pos.PROPN)) ? preposition - 1 : -1;
    }

    /** A plural head before a gerund ("donors meeting"), not the modifier of a compound ("peace meeting"). */
    private static boolean plural(Token head) {
        return head.lower().endsWith("s") && !head.lower().equals(head.lemma()) || head.lower().endsWith("s") && head.is(Pos.PROPN);
    }

    /** ", which hosted the talks with [Togo]": the comma before the relative pronoun, with no comma between. */
    private static int relativeOpening(Sentence sentence, int from) {
        for (int j = from - 1; j > 0 && from - j <= RELATIVE_REACH; j--) {
            Token token = sentence.token(j);
            if (token.lower().equals(COMMA) || token.lower().equals(";") || token.quote()) {
                return -1;
            }
            if (RELATIVES.contains(token.lower())) {
                return sentence.token(j - 1).lower().equals(COMMA) ? j - 1 : -1;
            }
        }
        return -1;
    }
}
