package dev.briefing.writer;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.briefing.processor.story.CorroboratedCommitment;
import dev.briefing.processor.story.CorroboratedPosition;
import dev.briefing.processor.story.Source;
import dev.briefing.processor.story.Story;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code stories.jsonl}: a story without its articles' full summaries, which
 * {@code summaries.jsonl} carries, but with their ids; each merged fact with the fields of
 * {@code summaries.jsonl}, the articles reporting it ({@code sources}) and whether it is new.
 */
record StoryLine(String id, int rank, String headline, @Nullable LocalDate first, @Nullable LocalDate last,
        List<String> articles, List<String> outlets, List<CommitmentLine> commitments,
        List<PositionLine> positions) {

    static StoryLine of(Story story) {
        return new StoryLine(story.id(), story.rank(), story.headline(), story.first(), story.last(),
                story.articles().stream().map(ArticleSummary::id).toList(), story.outlets(),
                story.commitments().stream().map(CommitmentLine::of).toList(),
                story.positions().stream().map(PositionLine::of).toList());
    }

    /** An article reporting a fact, and its outlet. */
    record SourceLine(String article, @Nullable String outlet) {

        static List<SourceLine> of(List<Source> sources) {
            return sources.stream().map(source -> new SourceLine(source.articleId(), source.outlet())).toList();
        }
    }

    record CommitmentLine(List<Actor> actors, @Nullable Actor statedBy, String action, Strength strength,
            @Nullable String timeframe, String sentence, List<SourceLine> sources,
            @JsonProperty("new") boolean isNew) {

        static CommitmentLine of(CorroboratedCommitment merged) {
            var c = merged.commitment();
            return new CommitmentLine(c.actors(), c.statedBy(), c.action(), c.strength(), c.timeframe(), c.sentence(),
                    SourceLine.of(merged.sources()), merged.isNew());
        }
    }

    record PositionLine(List<Actor> holders, Stance stance, List<String> about, String statement,
            @Nullable String quote, String sentence, List<SourceLine> sources, @JsonProperty("new") boolean isNew) {

        static PositionLine of(CorroboratedPosition merged) {
            var p = merged.position();
            return new PositionLine(p.holders(), p.stance(), p.about(), p.statement(), p.quote(), p.sentence(),
                    SourceLine.of(merged.sources()), merged.isNew());
        }
    }
}
