package dev.briefing.processor.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;
import dev.briefing.reader.Article;

/** Articles, summaries and facts built for the story tests. */
final class StoryFixtures {

    static final Actor JAPAN = new Actor("Japan", ActorType.COUNTRY, "JP", null);

    static final Actor NATO = new Actor("NATO", ActorType.ORGANIZATION, null, "NATO");

    static final Actor KISHIDA = new Actor("Fumio Kishida", ActorType.PERSON, "JP", null);

    static final Actor STOLTENBERG = new Actor("Jens Stoltenberg", ActorType.PERSON, null, "NATO");

    static final Actor BIDEN = new Actor("Joe Biden", ActorType.PERSON, "US", null);

    static final Actor XI = new Actor("Xi Jinping", ActorType.PERSON, "CN", null);

    private StoryFixtures() {
    }

    static Article article(String fixture) {
        return new Article(fixture, fixture + ".txt", "00".repeat(32), text(fixture + ".txt"), "text/plain");
    }

    static String text(String name) {
        try (InputStream in = StoryFixtures.class.getResourceAsStream("/fixtures/story/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static ArticleSummary summary(String id, String outlet, List<Position> positions, List<Commitment> commitments) {
        return new ArticleSummary(id, id + ".txt", null, "Headline of " + id, outlet, LocalDate.of(2023, 1, 31),
                ArticleKind.NEWS, null, List.of(new CountryMention("JP", "Japan", 2, List.of("Japan"))), List.of(),
                List.of(), positions, commitments, null, null);
    }

    static ArticleSummary titled(String id, String title, String outlet) {
        return new ArticleSummary(id, id + ".txt", null, title, outlet, LocalDate.of(2023, 1, 31), ArticleKind.NEWS,
                null, List.of(), List.of(), List.of(new Person("Ama Boateng", "Minister", "GH", null)), List.of(),
                List.of(), null, null);
    }

    /** A position whose sentence stands at offset 100 of its article. */
    static Position position(Stance stance, String sentence, Actor... holders) {
        return new Position(List.of(holders), stance, List.of("CN", "RU"), sentence, null, sentence, 100,
                100 + sentence.length());
    }

    static Commitment commitment(String action, String sentence, Actor... actors) {
        return new Commitment(List.of(actors), null, action, Strength.FIRM, null, sentence, 0, sentence.length());
    }
}
