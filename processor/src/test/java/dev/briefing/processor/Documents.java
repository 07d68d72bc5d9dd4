package dev.briefing.processor;

import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.OpenNlpDocumentAnalyzer;
import dev.briefing.processor.text.PatternTextCleaner;

/** Analyses fixture texts the way the summarizer does, for extractor tests. */
final class Documents {

    private static final OpenNlpDocumentAnalyzer ANALYZER = new OpenNlpDocumentAnalyzer(PatternTextCleaner.standard());

    private static final GazetteerCountryExtractor COUNTRIES = GazetteerCountryExtractor.standard();

    private static final GazetteerOrganizationExtractor ORGANIZATIONS = GazetteerOrganizationExtractor.standard();

    private static final TitlePersonExtractor PEOPLE = TitlePersonExtractor.standard();

    private Documents() {
    }

    static ArticleDocument of(String text) {
        return ANALYZER.analyze(text, new LayoutMetadataExtractor().extract(text));
    }

    static ArticleDocument fixture(String name) {
        return of(Fixtures.text(name));
    }

    /** The entities the standard extractors find in the document. */
    static ArticleEntities entities(ArticleDocument document) {
        var countries = COUNTRIES.extract(document);
        var organizations = ORGANIZATIONS.extract(document);
        return new ArticleEntities(countries, organizations, PEOPLE.extract(document, countries, organizations));
    }
}
