package dev.briefing.config;

import dev.briefing.processor.ArticleSummarizer;
import dev.briefing.processor.story.StoryProfiler;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.reader.Article;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Summarises an article and profiles it for the story step, from the text read once. */
public class ArticleStager implements ItemProcessor<Article, StagedArticle> {

    private final ArticleSummarizer summarizer;

    private final StoryProfiler profiler;

    public ArticleStager(ArticleSummarizer summarizer, StoryProfiler profiler) {
        this.summarizer = summarizer;
        this.profiler = profiler;
    }

    @Override
    public StagedArticle process(Article article) {
        ArticleSummary summary = summarizer.summarize(article);
        return new StagedArticle(summary, profiler.profile(article, summary));
    }
}
