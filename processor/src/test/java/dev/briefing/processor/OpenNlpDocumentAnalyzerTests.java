package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Sentence;
import org.junit.jupiter.api.Test;

class OpenNlpDocumentAnalyzerTests {

    @Test
    void keepsAQuotationOverTwoSentencesWithItsAttributionAndKnowsAbbreviations() {
        ArticleDocument document = Documents.fixture("quotation-over-two-sentences.txt");

        List<String> sentences = document.sentences().stream().map(document::text).toList();

        assertThat(sentences).containsExactly("Talks end",
                "\"The border is calm today. We want it to stay that way,\" Mr. Okafor said in Abuja.",
                "A second round is due in June.");
    }

    @Test
    void tokenisesPossessivesAndHyphensApartWithOffsetsIntoTheText() {
        ArticleDocument document = Documents.of("Japan's Japan-NATO talks");
        Sentence sentence = document.sentences().getFirst();

        assertThat(sentence.tokens()).extracting(token -> token.text())
                .containsExactly("Japan", "'s", "Japan", "-", "NATO", "talks");
        assertThat(sentence.tokens()).allSatisfy(token -> assertThat(
                document.text().substring(token.start(), token.end())).isEqualTo(token.text()));
    }

    @Test
    void findsNoSentenceInAnEmptyText() {
        assertThat(Documents.of("").sentences()).isEmpty();
    }
}
