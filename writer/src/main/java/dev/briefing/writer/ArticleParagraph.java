package dev.briefing.writer;

import java.util.ArrayList;
import java.util.List;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Position;

/** The one-paragraph summary of an article in the PDF's appendix: where it is about and its lead facts. */
final class ArticleParagraph {

    private ArticleParagraph() {
    }

    static String of(ArticleSummary article) {
        List<String> parts = new ArrayList<>();
        String countries = PdfBriefingWriter.countryNames(article);
        if (!countries.isEmpty()) {
            parts.add("Countries: " + countries + ".");
        }
        if (!article.commitments().isEmpty()) {
            Commitment c = article.commitments().getFirst();
            parts.add("Commitment: " + PdfBriefingWriter.names(c.actors()) + " — " + c.action()
                    + " (" + c.strength().name().toLowerCase() + (c.timeframe() == null ? "" : ", " + c.timeframe())
                    + ").");
        }
        if (!article.positions().isEmpty()) {
            Position p = article.positions().getFirst();
            parts.add("Position: " + PdfBriefingWriter.names(p.holders()) + " (" + p.stance().name().toLowerCase()
                    + "): " + p.statement());
        }
        return parts.isEmpty() ? "No countries, positions or commitments found." : String.join(" ", parts);
    }
}
