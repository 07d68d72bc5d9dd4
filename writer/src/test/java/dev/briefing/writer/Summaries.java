package dev.briefing.writer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.story.Story;
import dev.briefing.processor.story.StoryAssembler;
import dev.briefing.processor.story.StoryMember;
import dev.briefing.processor.story.StoryProfile;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.OrganizationMention;
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;

/** Summaries built for the writer tests. */
final class Summaries {

    private Summaries() {
    }

    static ArticleSummary pledge() {
        Actor minister = new Actor("Renée Østergård", ActorType.PERSON, "DK", null);
        Actor denmark = new Actor("Denmark", ActorType.COUNTRY, "DK", null);
        String sentence = "Østergård said Denmark would give ¥195 billion “without delay” – by 2026.";
        return new ArticleSummary("001_pledge", "001_pledge.txt", "ab".repeat(32), "Denmark pledges aid",
                "Nordic Wire", LocalDate.of(2024, 5, 6), ArticleKind.NEWS, "COPENHAGEN",
                List.of(new CountryMention("DK", "Denmark", 2, List.of("Denmark")),
                        new CountryMention("UA", "Ukraine", 1, List.of("Ukraine"))),
                List.of(new OrganizationMention("EU", 1, List.of("EU"))),
                List.of(new Person("Renée Østergård", "Foreign Minister", "DK", null)),
                List.of(new Position(List.of(minister), Stance.SUPPORT, List.of("UA"), "=SUM(A1:A9) backs Ukraine",
                        "without delay", sentence, 0, sentence.length())),
                List.of(new Commitment(List.of(denmark), minister, "give ¥195 billion to Ukraine", Strength.FIRM,
                        "by 2026", sentence, 0, sentence.length())),
                null, null);
    }

    /** The same pledge as another outlet reported it the next day. */
    static ArticleSummary report() {
        ArticleSummary pledge = pledge();
        return new ArticleSummary("003_report", "003_report.txt", "cd".repeat(32), "Copenhagen promises ¥195 billion",
                "Baltic Post", LocalDate.of(2024, 5, 7), ArticleKind.NEWS, null, pledge.countries(),
                pledge.organizations(), pledge.people(), pledge.positions(), pledge.commitments(), null, null);
    }

    /** Both reports of the pledge as one story. */
    static Story story() {
        return new StoryAssembler(key -> false).assembleArticles("story-001_pledge", 1, List.of(pledge(), report()));
    }

    static final String LEAD = "Denmark will give ¥195 billion to Ukraine by 2026, its foreign minister said.";

    /** Both reports as one story, with the lead of the first and a sharp position between countries. */
    static Story toldStory() {
        ArticleSummary pledge = pledge();
        Actor minister = pledge.positions().getFirst().holders().getFirst();
        String sentence = "Østergård said Russia must end its blockade of Ukraine's ports now.";
        Position blockade = new Position(List.of(minister), Stance.CRITICISM, List.of("RU"),
                "Russia must end its blockade of Ukraine's ports now", null, sentence, 80, 80 + sentence.length());
        ArticleSummary withPosition = new ArticleSummary(pledge.id(), pledge.file(), pledge.sha256(), pledge.title(),
                pledge.source(), pledge.published(), pledge.kind(), pledge.dateline(),
                List.of(pledge.countries().get(0), pledge.countries().get(1),
                        new CountryMention("RU", "Russia", 1, List.of("Russia"))),
                pledge.organizations(), pledge.people(), List.of(blockade), pledge.commitments(), null, null);
        StoryProfile profile = new StoryProfile("Denmark pledges aid", LEAD, 20, 20 + LEAD.length(), Map.of());
        return new StoryAssembler(key -> false).assemble("story-001_pledge", 1, List.of(
                new StoryMember(withPosition, profile, 0.9), new StoryMember(report(), StoryProfile.EMPTY, 0.8)));
    }

    /** What the report step hands the writers: the story, then a skipped input. */
    static List<PackEntry> entries() {
        return List.of(story(), new SkippedInput(skipped()));
    }

    static ArticleSummary skipped() {
        return ArticleSummary.skipped("002_empty", "002_empty.txt", null, "empty file");
    }
}
