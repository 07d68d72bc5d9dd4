package dev.briefing.writer;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.briefing.processor.story.CorroboratedCommitment;
import dev.briefing.processor.story.CorroboratedPosition;
import dev.briefing.processor.story.Source;
import dev.briefing.processor.story.Story;
import dev.briefing.processor.story.StoryLead;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code stories.jsonl}: a story without its articles' full summaries, which
 * {@code summaries.jsonl} carries, but with their ids; what happened ({@code lead}, the most
 * representative article's opening sentences, with its offsets); each merged fact with the fields
 * of {@code summaries.jsonl}, the articles reporting it ({@code sources}, each with its own sentence,
 * offsets and wording), whether two outlets corroborate it and whether it is new.
 */
record StoryLine(String id, int rank, String headline, @Nullable LeadLine lead, @Nullable LocalDate first,
        @Nullable LocalDate last, List<String> articles, List<String> outlets, List<String> reporters,
        long corroborated, List<CommitmentLine> commitments, List<PositionLine> positions) {

    static StoryLine of(Story story) {
        return new StoryLine(story.id(), story.rank(), story.headline(), LeadLine.of(story.lead()), story.first(),
                story.last(), story.articles().stream().map(ArticleSummary::id).toList(), story.outlets(),
                story.reporters(), story.corroboratedFacts(),
                story.commitments().stream().map(CommitmentLine::of).toList(),
                story.positions().stream().map(PositionLine::of).toList());
    }

    /** What happened, in the most representative article's words. */
    record LeadLine(String article, @Nullable String outlet, String text, int start, int end) {

        static @Nullable LeadLine of(@Nullable StoryLead lead) {
            return lead == null ? null : new LeadLine(lead.articleId(), lead.outlet(), lead.text(), lead.start(),
                    lead.end());
        }
    }

    /** An article reporting a fact, its outlet, and the sentence and words it reports it in. */
    record SourceLine(String article, @Nullable String outlet, String sentence, int start, int end, String wording) {

        static List<SourceLine> of(List<Source> sources) {
            return sources.stream().map(source -> new SourceLine(source.articleId(), source.outlet(),
                    source.sentence(), source.start(), source.end(), source.wording())).toList();
        }
    }

    record CommitmentLine(List<Actor> actors, @Nullable Actor statedBy, String action, Strength strength,
            @Nullable String timeframe, String sentence, List<SourceLine> sources, boolean corroborated,
            @JsonProperty("new") boolean isNew) {

        static CommitmentLine of(CorroboratedCommitment merged) {
            var c = merged.commitment();
            return new CommitmentLine(c.actors(), c.statedBy(), c.action(), c.strength(), c.timeframe(), c.sentence(),
                    SourceLine.of(merged.sources()), merged.corroborated(), merged.isNew());
        }
    }

    record PositionLine(List<Actor> holders, Stance stance, List<String> about, String statement,
            @Nullable String quote, String sentence, List<SourceLine> sources, boolean corroborated,
            @JsonProperty("new") boolean isNew) {

        static PositionLine of(CorroboratedPosition merged) {
            var p = merged.position();
            return new PositionLine(p.holders(), p.stance(), p.about(), p.statement(), p.quote(), p.sentence(),
                    SourceLine.of(merged.sources()), merged.corroborated(), merged.isNew());
        }
    }
}
