package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.text.PatternTextCleaner;
import dev.briefing.processor.text.TextSpan;
import org.junit.jupiter.api.Test;

class PatternTextCleanerTests {

    private final PatternTextCleaner cleaner = PatternTextCleaner.standard();

    @Test
    void leavesOutFurnitureLayoutLinesAndEverythingFromTheCommentsOn() {
        String text = Fixtures.text("furniture-and-comments.txt");

        List<String> paragraphs = cleaner.paragraphs(text).stream()
                .map((TextSpan span) -> text.substring(span.start(), span.end()))
                .toList();

        assertThat(paragraphs).containsExactly("Ministers meet on fisheries",
                "Norway and Iceland agreed on Thursday to share new data on cod stocks, officials said.",
                "The deal runs for two years.");
    }

    @Test
    void findsNoParagraphInATextOfFurnitureOnly() {
        assertThat(cleaner.paragraphs("Share this article\n\nCOMMENTS\n\nGreat piece!")).isEmpty();
    }
}
