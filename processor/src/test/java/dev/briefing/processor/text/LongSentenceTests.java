package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.ArticleMetadata;
import dev.briefing.processor.summary.ArticleKind;
import org.junit.jupiter.api.Test;

/** Text that runs on without a sentence end is split, so that no sentence, and no fact quoting it, is unbounded. */
class LongSentenceTests {

    @Test
    void textWithoutASentenceEndIsSplitAtSpacesIntoBoundedSentences() {
        String clause = "Japan will send aid to France and Germany pledged to expand trade with Brazil, ";
        String text = "Talks\n\n" + clause.repeat(500);

        ArticleDocument document = Analysis.layers().analyzer()
                .analyze(text, new ArticleMetadata("Talks", null, null, ArticleKind.NEWS, null));

        assertThat(document.sentences()).hasSizeGreaterThan(text.length() / OpenNlpTextAnalyzer.MAX_SENTENCE_CHARS)
                .allSatisfy(sentence -> assertThat(sentence.end() - sentence.start())
                        .isLessThanOrEqualTo(OpenNlpTextAnalyzer.MAX_SENTENCE_CHARS));
        assertThat(document.sentences().getLast().end()).isGreaterThan(text.length() - clause.length());
    }
}
