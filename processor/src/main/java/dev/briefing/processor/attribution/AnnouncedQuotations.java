package dev.briefing.processor.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Quotation;
import dev.briefing.processor.text.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * "Ramaphosa made the announcement at the closing of the summit. 'We have decided to invite ...'":
 * a quotation that opens a sentence, framed by no cue of its own, right after a sentence in which
 * someone makes, issues or gives an announcement or statement of which that sentence says nothing,
 * is what they announced ({@code word-classes.tsv}: announcing-verb, announcing-noun).
 * Thread-safe: immutable.
 */
final class AnnouncedQuotations {

    private static final Set<String> VERBS = WordClasses.standard().of("announcing-verb");

    private static final Set<String> NOUNS = WordClasses.standard().of("announcing-noun");

    private final SourceFinder sources;

    AnnouncedQuotations(Lexicons lexicons) {
        this.sources = new SourceFinder(lexicons);
    }

    /** The attributions of the quotations that follow an announcement, none of them already in {@code found}. */
    List<Attribution> find(ArticleDocument document, ArticleReferences references, List<Attribution> found) {
        List<Attribution> announced = new ArrayList<>();
        for (Quotation quotation : document.quotations()) {
            Sentence first = document.sentence(quotation.firstSentence());
            if (quotation.open() != 0 || first.index() == 0 || Quotations.framedAfter(document, quotation)
                    || Quotations.covered(found, quotation, List.of())) {
                continue;
            }
            Sentence before = document.sentence(first.index() - 1);
            Attribution announcement = before.tagged() && near(before, first) && unsaid(found, before)
                    ? announcement(document, references, before, quotation) : null;
            if (announcement != null) {
                announced.add(announcement);
            }
        }
        return announced;
    }

    private static boolean near(Sentence before, Sentence first) {
        return before.paragraph() == first.paragraph() || before.paragraph() == first.paragraph() - 1;
    }

    /** Whether no attribution says anything in the sentence: "made the announcement that ..." has its content. */
    private static boolean unsaid(List<Attribution> found, Sentence sentence) {
        return found.stream().flatMap(attribution -> attribution.content().stream())
                .noneMatch(span -> span.sentence() == sentence.index());
    }

    private @Nullable Attribution announcement(ArticleDocument document, ArticleReferences references, Sentence sentence,
            Quotation quotation) {
        for (int k = 1; k + 1 < sentence.size(); k++) {
            if (!sentence.token(k).is(Pos.VERB) || !VERBS.contains(sentence.token(k).lemma())) {
                continue;
            }
            Chunk object = sentence.nounPhraseStartingAt(k + 1);
            if (object == null || !NOUNS.contains(sentence.token(object.head()).lemma())) {
                continue;
            }
            SourceFinder.Source source = sources.before(sentence, k, references, List.of());
            List<TokenSpan> content = Quotations.quoted(document, quotation);
            if (source == null || source.document() || source.holders().isEmpty() || content.isEmpty()) {
                return null;
            }
            return new Attribution(source.holders(), source.span(), new TokenSpan(sentence.index(), k, object.to()),
                    content, Stance.STATEMENT, false);
        }
        return null;
    }
}
