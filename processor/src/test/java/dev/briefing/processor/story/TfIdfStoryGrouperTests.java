package dev.briefing.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.Person;
import org.junit.jupiter.api.Test;

class TfIdfStoryGrouperTests {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 31);

    private final TfIdfStoryGrouper grouper = new TfIdfStoryGrouper();

    /** A key from a text's content words and the people and countries its summary names. */
    private static StoryKey key(String id, LocalDate published, String text, List<String> people,
            List<String> countries) {
        Map<String, Integer> terms = new HashMap<>();
        ContentWords.of(text).forEach(word -> terms.merge(word, 1, Integer::sum));
        ArticleSummary summary = new ArticleSummary(id, id + ".txt", null, null, null, published, ArticleKind.NEWS,
                null, countries.stream().map(code -> new CountryMention(code, code, 1, List.of(code))).toList(),
                List.of(), people.stream().map(name -> new Person(name, null, null, null)).toList(), List.of(),
                List.of(), null, null);
        return StoryKey.of(summary, new StoryProfile(null, null, -1, -1, terms));
    }

    /** Unrelated articles, as a run has many: they give the words of one event their rarity. */
    private static List<StoryKey> background() {
        String[] topics = {"Parliament debated the farm subsidy budget for dairy producers late into the night",
            "The central bank raised interest rates to slow inflation in housing and food prices",
            "Flooding closed roads and schools across the northern province after record rainfall",
            "The football league fined two clubs over crowd trouble at the weekend derby",
            "A new vaccine trial enrolled volunteers at hospitals in three cities",
            "Teachers went on strike over pay and class sizes in public schools",
            "The airline ordered forty aircraft to replace its ageing regional fleet",
            "Police arrested a suspect after a jewellery store robbery downtown"};
        List<StoryKey> keys = new ArrayList<>();
        for (int i = 0; i < topics.length; i++) {
            keys.add(key("other-" + i, DAY, topics[i], List.of(), List.of("FR")));
        }
        return keys;
    }

    private Map<String, String> storyOf(List<StoryKey> keys) {
        return grouper.group(keys).stream()
                .collect(Collectors.toMap(StoryAssignment::articleId, StoryAssignment::storyId));
    }

    @Test
    void groupsReportsOfOneMeetingInDifferentWordsByTwoOutlets() {
        List<StoryKey> keys = new ArrayList<>(background());
        keys.add(key("afp", DAY, "Kishida and Stoltenberg met in Tokyo and pledged a firm response to China and "
                + "Russia; NATO will open a liaison office in Tokyo", List.of("Fumio Kishida", "Jens Stoltenberg"),
                List.of("JP", "CN", "RU")));
        keys.add(key("yomiuri", DAY.plusDays(2), "The joint statement of Japan and NATO after the Tokyo talks of "
                + "Stoltenberg and Kishida named China; a NATO liaison office will open", List.of("Fumio Kishida",
                "Jens Stoltenberg"), List.of("JP", "CN")));

        Map<String, String> stories = storyOf(keys);

        assertThat(stories.get("afp")).isEqualTo(stories.get("yomiuri")).isEqualTo("story-afp");
        stories.forEach((id, story) -> {
            if (id.startsWith("other")) {
                assertThat(story).isEqualTo("story-" + id);
            }
        });
    }

    @Test
    void keepsApartArticlesThatShareOnlyACountry() {
        List<StoryKey> keys = new ArrayList<>(background());
        keys.add(key("ports", DAY, "Japan opened a new container port in Osaka", List.of("Ama Boateng"),
                List.of("JP")));
        keys.add(key("vote", DAY, "Japan holds an upper house election as turnout falls", List.of("Kofi Mensah"),
                List.of("JP")));

        Map<String, String> stories = storyOf(keys);

        assertThat(stories.get("ports")).isNotEqualTo(stories.get("vote"));
    }

    @Test
    void keepsApartTheSameParticipantsAndWordsWeeksApart() {
        List<StoryKey> keys = new ArrayList<>(background());
        String text = "Kishida and Stoltenberg held talks in Tokyo on the NATO liaison office";
        keys.add(key("january", DAY, text, List.of("Fumio Kishida"), List.of("JP")));
        keys.add(key("february", DAY.plusWeeks(3), text, List.of("Fumio Kishida"), List.of("JP")));

        Map<String, String> stories = storyOf(keys);

        assertThat(stories.get("january")).isNotEqualTo(stories.get("february"));
    }

    @Test
    void givesTheSameStoriesWhateverOrderTheArticlesComeIn() {
        List<StoryKey> keys = new ArrayList<>(background());
        keys.add(key("a", DAY, "Grain deal signed in Istanbul to reopen Black Sea ports", List.of(), List.of("UA")));
        keys.add(key("b", DAY, "Istanbul signing of the Black Sea grain deal reopens ports", List.of(), List.of("UA")));
        List<StoryKey> shuffled = new ArrayList<>(keys);
        Collections.reverse(shuffled);

        assertThat(storyOf(shuffled)).isEqualTo(storyOf(keys));
        assertThat(storyOf(keys).get("b")).isEqualTo("story-a");
    }

    @Test
    void capsAStoryAtItsLargestSize() {
        List<StoryKey> keys = new ArrayList<>(background());
        for (int i = 0; i < TfIdfStoryGrouper.MAX_ARTICLES + 20; i++) {
            keys.add(key("copy-%03d".formatted(i), null, "Grain deal signed in Istanbul to reopen Black Sea ports",
                    List.of(), List.of("UA")));
        }

        Map<String, Long> sizes = grouper.group(keys).stream()
                .collect(Collectors.groupingBy(StoryAssignment::storyId, Collectors.counting()));

        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(
                TfIdfStoryGrouper.MAX_ARTICLES));
        assertThat(sizes).as("the copies make a few stories, not one each").hasSizeLessThan(background().size() + 4);
    }

    @Test
    void ratesTheArticleClosestToTheOthersMostCentral() {
        List<StoryKey> keys = new ArrayList<>(background());
        keys.add(key("core", DAY, "Grain deal signed in Istanbul to reopen Black Sea ports for exports", List.of(),
                List.of("UA")));
        keys.add(key("one", DAY, "Grain deal signed in Istanbul", List.of(), List.of("UA")));
        keys.add(key("two", DAY, "Black Sea ports reopen for grain exports", List.of(), List.of("UA")));

        Map<String, Double> centrality = grouper.group(keys).stream()
                .collect(Collectors.toMap(StoryAssignment::articleId, StoryAssignment::centrality));

        assertThat(centrality.get("core")).isGreaterThan(centrality.get("one")).isGreaterThan(0);
        assertThat(centrality.get("core")).isGreaterThan(centrality.get("two"));
        assertThat(centrality.get("other-0")).isEqualTo(1.0);
    }

    @Test
    void groupsNothingWhenThereAreNoArticles() {
        assertThat(grouper.group(List.of())).isEmpty();
    }
}
