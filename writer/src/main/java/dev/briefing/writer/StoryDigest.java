package dev.briefing.writer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.briefing.processor.story.CorroboratedCommitment;
import dev.briefing.processor.story.CorroboratedPosition;
import dev.briefing.processor.story.Source;
import dev.briefing.processor.story.Story;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;

/**
 * A story as the executive summary tells it: who reports it, what happened (its lead), its new
 * commitments (actor, strength, timeframe; firmest first) and its sharpest positions between
 * countries (criticism, rejections, demands, concern about another country; corroborated first).
 */
final class StoryDigest {

    static final int COMMITMENTS = 3;

    static final int POSITIONS = 3;

    /** Longer wordings are cut at a word, with an ellipsis. */
    static final int MAX_CHARACTERS = 220;

    /** A wording shorter than this many words ("In his speech there") says less than its sentence. */
    static final int MIN_WORDS = 5;

    private static final List<Stance> SHARPNESS = List.of(Stance.CRITICISM, Stance.REJECTION, Stance.DEMAND,
            Stance.CONCERN);

    private final Story story;

    private final Map<String, String> countryNames = new HashMap<>();

    StoryDigest(Story story) {
        this.story = story;
        for (ArticleSummary article : story.articles()) {
            for (CountryMention country : article.countries()) {
                countryNames.putIfAbsent(country.code(), country.name());
            }
        }
    }

    /** Who reports it: outlets by name, the article id where an article names no outlet. */
    String reporters() {
        return String.join(", ", story.reporters());
    }

    /** The date range, article count and corroborated facts, as one line. */
    String details() {
        StringBuilder line = new StringBuilder();
        if (story.first() != null) {
            line.append(story.first().equals(story.last()) ? story.first().toString()
                    : story.first() + " to " + story.last()).append("  ·  ");
        }
        int articles = story.articles().size();
        line.append(articles).append(articles == 1 ? " article" : " articles");
        long corroborated = story.corroboratedFacts();
        if (corroborated > 0) {
            line.append("  ·  ").append(corroborated).append(corroborated == 1 ? " fact" : " facts")
                    .append(" reported by two or more sources");
        }
        return line.toString();
    }

    /** What happened, with the outlet that says so, or null without a lead. */
    String happened() {
        if (story.lead() == null) {
            return null;
        }
        String by = story.lead().outlet() == null ? story.lead().articleId() : story.lead().outlet();
        return story.lead().text() + " (" + by + ")";
    }

    List<String> commitments() {
        return story.commitments().stream().filter(CorroboratedCommitment::isNew)
                .sorted(Comparator.comparingInt((CorroboratedCommitment c) -> c.commitment().strength().ordinal())
                        .thenComparing(c -> !c.corroborated()))
                .limit(COMMITMENTS).map(this::commitment).toList();
    }

    List<String> positions() {
        return story.positions().stream().filter(p -> SHARPNESS.contains(p.position().stance()) && between(p.position()))
                .sorted(Comparator.comparingInt((CorroboratedPosition p) -> SHARPNESS.indexOf(p.position().stance()))
                        .thenComparing(p -> !p.corroborated()))
                .limit(POSITIONS).map(this::position).toList();
    }

    private String commitment(CorroboratedCommitment merged) {
        var c = merged.commitment();
        String qualifiers = c.strength().name().toLowerCase() + (c.timeframe() == null ? "" : ", " + c.timeframe());
        return names(c.actors()) + " (" + qualifiers + "): " + cut(c.action()) + sources(merged.sources());
    }

    private String position(CorroboratedPosition merged) {
        Position p = merged.position();
        String about = p.about().stream().map(code -> countryNames.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
        String wording = words(p.statement()) < MIN_WORDS ? p.sentence() : p.statement();
        return names(p.holders()) + " (" + p.stance().name().toLowerCase() + (about.isEmpty() ? "" : ", about " + about)
                + "): " + cut(wording) + sources(merged.sources());
    }

    private static boolean between(Position position) {
        List<String> own = position.holders().stream().map(Actor::country).filter(c -> c != null).toList();
        return position.about().stream().anyMatch(code -> !own.contains(code));
    }

    private static String sources(List<Source> sources) {
        List<String> labels = sources.stream().map(Source::label).distinct().toList();
        return labels.size() < 2 ? "" : " — " + String.join(", ", labels);
    }

    static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    static String cut(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= MAX_CHARACTERS) {
            return plain;
        }
        int space = plain.lastIndexOf(' ', MAX_CHARACTERS);
        return plain.substring(0, space > 0 ? space : MAX_CHARACTERS) + "…";
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
