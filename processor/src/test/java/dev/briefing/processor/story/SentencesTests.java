package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTests {

    private static List<String> split(String passage) {
        return Sentences.of(passage).stream().map(span -> passage.substring(span.start(), span.end())).toList();
    }

    @Test
    void splitsAtStopsButNotAfterAbbreviationsInitialsOrDottedNames() {
        assertThat(split("Mr. Biden met Gen. Li in the U.S. on Monday. “We agreed,” he said. J. Doe left!"))
                .containsExactly("Mr. Biden met Gen. Li in the U.S. on Monday.", "“We agreed,” he said.", "J. Doe left!");
    }

    @Test
    void keepsAPassageWithoutAStopWhole() {
        assertThat(split("a quotation cut off mid-way")).containsExactly("a quotation cut off mid-way");
    }
}
