package dev.briefing.processor;

import java.util.List;
import java.util.Objects;

import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;

/** Summarises an article by running one extractor per kind of fact over its text. */
public class ExtractingArticleSummarizer implements ArticleSummarizer {

    private final MetadataExtractor metadata;

    private final CountryExtractor countries;

    public ExtractingArticleSummarizer(MetadataExtractor metadata, CountryExtractor countries) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** The summarizer with the project's own extractors and reference data. */
    public static ExtractingArticleSummarizer standard() {
        return new ExtractingArticleSummarizer(new LayoutMetadataExtractor(), GazetteerCountryExtractor.standard());
    }

    /**
     * {@inheritDoc}
     *
     * @throws ArticleProcessingException naming the file when an extractor fails on this article
     */
    @Override
    public ArticleSummary summarize(Article article) {
        try {
            return extract(article);
        }
        catch (RuntimeException ex) {
            throw new ArticleProcessingException(article.fileName(), "extraction failed (" + ex + ")", ex);
        }
    }

    private ArticleSummary extract(Article article) {
        String text = article.text();
        ArticleMetadata meta = metadata.extract(text);
        return new ArticleSummary(article.id(), article.fileName(), article.sha256(), meta.title(), meta.source(),
                meta.published(), meta.kind(), meta.dateline(), countries.extract(text), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }
}
