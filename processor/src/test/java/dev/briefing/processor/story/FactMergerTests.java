package dev.briefing.processor.story;

import static dev.briefing.processor.story.StoryFixtures.BIDEN;
import static dev.briefing.processor.story.StoryFixtures.JAPAN;
import static dev.briefing.processor.story.StoryFixtures.KISHIDA;
import static dev.briefing.processor.story.StoryFixtures.NATO;
import static dev.briefing.processor.story.StoryFixtures.STOLTENBERG;
import static dev.briefing.processor.story.StoryFixtures.XI;
import static dev.briefing.processor.story.StoryFixtures.commitment;
import static dev.briefing.processor.story.StoryFixtures.position;
import static dev.briefing.processor.story.StoryFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import org.junit.jupiter.api.Test;

class FactMergerTests {

    private static final Actor STRAW = new Actor("Jack Straw", ActorType.PERSON, "GB", null);

    private static final String AFP_CONCERN = "\"We highlight with concern Russia's growing military cooperation with "
            + "China, including through joint drills,\" they said in a joint statement.";

    private static final String YOMIURI_CONCERN = "The joint statement expressed concern about close military "
            + "cooperation between China and Russia.";

    private static List<CorroboratedPosition> positions(ArticleSummary... articles) {
        return new FactMerger(List.of(articles), key -> false).positions();
    }

    private static List<CorroboratedCommitment> commitments(ArticleSummary... articles) {
        return new FactMerger(List.of(articles), key -> false).commitments();
    }

    @Test
    void mergesOneConcernOfHoldersTwoOutletsNameDifferentlyIntoOneFactWithEachOutletsSentence() {
        List<CorroboratedPosition> merged = positions(
                summary("afp", "AFP", List.of(position(Stance.CONCERN, AFP_CONCERN, STOLTENBERG, KISHIDA)), List.of()),
                summary("yomiuri", "The Yomiuri Shimbun", List.of(position(Stance.CONCERN, YOMIURI_CONCERN, JAPAN, NATO)),
                        List.of()));

        assertThat(merged).singleElement().satisfies(fact -> {
            assertThat(fact.corroborated()).isTrue();
            assertThat(fact.sources()).extracting(Source::label).containsExactly("AFP", "The Yomiuri Shimbun");
            assertThat(fact.sources()).extracting(Source::sentence).containsExactly(AFP_CONCERN, YOMIURI_CONCERN);
            assertThat(fact.sources().get(1).start()).isEqualTo(100);
        });
    }

    @Test
    void neverMergesTheSameWordsOfDifferentHolders() {
        String biden = "Biden said the two leaders discussed Taiwan, trade and the war in Ukraine at the summit.";
        String xi = "Xi said the two leaders discussed Taiwan, trade and the war in Ukraine at the summit.";

        assertThat(positions(summary("a", "AFP", List.of(position(Stance.STATEMENT, biden, BIDEN)), List.of()),
                summary("b", "Reuters", List.of(position(Stance.STATEMENT, xi, XI)), List.of()))).hasSize(2);
    }

    @Test
    void neverMergesOppositeStancesOnTheSameSubject() {
        String praise = "Japan welcomed the military cooperation between China and Russia at the drills.";
        String worry = "Japan voiced concern about the military cooperation between China and Russia at the drills.";

        assertThat(positions(summary("a", "AFP", List.of(position(Stance.SUPPORT, praise, JAPAN)), List.of()),
                summary("b", "Reuters", List.of(position(Stance.CONCERN, worry, JAPAN)), List.of()))).hasSize(2);
    }

    @Test
    void mergesAParaphraseOfOneCommitment() {
        String pledged = "Japan and NATO pledged to deepen defence cooperation in cyber space.";
        String agreed = "Tokyo and the alliance agreed to strengthen defence ties in cyber space.";

        List<CorroboratedCommitment> merged = commitments(
                summary("a", "AFP", List.of(), List.of(commitment("deepen defence cooperation in cyber space", pledged,
                        JAPAN, NATO))),
                summary("b", "Reuters", List.of(), List.of(commitment("strengthen defence ties in cyber space", agreed,
                        JAPAN, NATO))));

        assertThat(merged).singleElement().satisfies(fact -> assertThat(fact.sources())
                .extracting(Source::wording).containsExactly("deepen defence cooperation in cyber space",
                        "strengthen defence ties in cyber space"));
    }

    @Test
    void keepsDifferentCommitmentsOfOneActorApart() {
        assertThat(commitments(
                summary("a", "AFP", List.of(), List.of(commitment("open a representative office for NATO",
                        "Japan will open a representative office for NATO.", JAPAN))),
                summary("b", "Reuters", List.of(), List.of(commitment("raise defence spending to two per cent of GDP",
                        "Japan will raise defence spending to two per cent of GDP.", JAPAN))))).hasSize(2);
    }

    @Test
    void mergesAJointUndertakingOutletsResolvedToDifferentPartiesOfIt() {
        Actor russia = new Actor("Russia", ActorType.COUNTRY, "RU", null);
        Actor ukraine = new Actor("Ukraine", ActorType.COUNTRY, "UA", null);
        Actor erdogan = new Actor("Recep Erdogan", ActorType.PERSON, "TR", null);
        String signing = "Russia and Ukraine will sign a deal on Friday to reopen Black Sea ports for grain exports, "
                + "Erdogan's office said.";
        String plan = "Erdogan plans to sign an agreement on the export of grain from Ukraine by sea on Friday.";

        List<CorroboratedCommitment> merged = commitments(
                summary("a", "Reuters", List.of(), List.of(commitment("sign a deal to reopen Black Sea ports for grain "
                        + "exports", signing, russia, ukraine))),
                summary("b", "TRT", List.of(), List.of(commitment("sign an agreement on the export of grain from "
                        + "Ukraine by sea", plan, erdogan))));

        assertThat(merged).singleElement().satisfies(fact -> assertThat(fact.sources()).hasSize(2));
    }

    @Test
    void keepsOfAQuotationOfSeveralSentencesTheSentencesTheOtherSourceShares() {
        String quote = "\"The membership will take effect from 1 January 2024. We value the interest of other "
                + "countries in a partnership. Our ministers will report by the next summit.\"";
        String shorter = "The membership will take effect from 1 January 2024, Ramaphosa said.";
        Actor ramaphosa = new Actor("Cyril Ramaphosa", ActorType.PERSON, "ZA", null);

        List<CorroboratedPosition> merged = positions(
                summary("a", "Daily Maverick", List.of(position(Stance.STATEMENT, quote, ramaphosa)), List.of()),
                summary("b", "TASS", List.of(position(Stance.STATEMENT, shorter, ramaphosa)), List.of()));

        assertThat(merged).singleElement().satisfies(fact -> {
            Source first = fact.sources().getFirst();
            assertThat(first.sentence()).isEqualTo("\"The membership will take effect from 1 January 2024.");
            assertThat(first.start()).isEqualTo(100);
            assertThat(fact.sources().get(1).sentence()).isEqualTo(shorter);
        });
    }

    @Test
    void joinsEachOfTwoPositionsOfOneSentenceToTheFactOfItsOwnStance() {
        String sentence = "Straw denied the claims and accused the opposition of running scared of the debate.";
        Position denial = new Position(List.of(STRAW), Stance.REJECTION, List.of(), "the claims", null, sentence, 0,
                sentence.length());
        Position accusation = new Position(List.of(STRAW), Stance.CRITICISM, List.of(), "the opposition of running "
                + "scared of the debate", null, sentence, 0, sentence.length());

        List<CorroboratedPosition> merged = positions(summary("a", "AFP", List.of(denial, accusation), List.of()),
                summary("b", "Reuters", List.of(accusation, denial), List.of()));

        assertThat(merged).hasSize(2).allSatisfy(fact -> assertThat(fact.sources()).extracting(Source::wording)
                .containsExactly(fact.position().statement(), fact.position().statement()));
    }

    private static Position said(Stance stance, String statement, String sentence, Actor holder) {
        return new Position(List.of(holder), stance, List.of(), statement, null, sentence, 0, sentence.length());
    }

    @Test
    void mergesOneStatementReportedInsideSentencesThatOtherwiseDiffer() {
        String first = "Xi congratulated the new members of the bloc, calling the enlargement a historic turning point "
                + "and adding that it shows the common interest of the developing world.";
        String second = "Xi described the enlargement as a historic turning point in remarks after the announcement, "
                + "while Modi said other global institutions should follow the example set in Johannesburg.";

        List<CorroboratedPosition> merged = positions(
                summary("a", "AFP", List.of(said(Stance.SUPPORT, "the enlargement a historic turning point", first, XI)),
                        List.of()),
                summary("b", "Reuters", List.of(said(Stance.SUPPORT, "the enlargement as a historic turning point", second,
                        XI)), List.of()));

        assertThat(merged).singleElement().satisfies(fact -> assertThat(fact.sources()).hasSize(2));
    }

    @Test
    void keepsApartStatementsOfOneSpeakerThatShareASingleWord() {
        String first = "Biden said on Monday in Bali that the American policy towards the island remained unchanged.";
        String second = "Biden also reiterated support for the One China policy at the summit dinner with Xi's delegation.";

        assertThat(positions(
                summary("a", "AFP", List.of(said(Stance.STATEMENT, "the policy unchanged", first, BIDEN)),
                        List.of()),
                summary("b", "Reuters", List.of(said(Stance.SUPPORT, "support for the policy", second, BIDEN)),
                        List.of()))).hasSize(2);
    }

    @Test
    void makesAPassageOfSeveralSentencesASourceOfEachFactOneOfItsSentencesIs() {
        Actor osei = new Actor("Margaret Osei", ActorType.PERSON, "GH", null);
        String passage = "\"The ferry deal is a fair plan for both islands,\" Osei said. \"We have also agreed a "
                + "new harbour toll for the fishing fleet.\"";
        String plan = "Osei said the ferry deal was a fair plan for both islands.";
        String toll = "Osei said they had agreed a new harbour toll for the fishing fleet.";

        List<CorroboratedPosition> merged = positions(
                summary("a", "AFP", List.of(said(Stance.SUPPORT, passage, passage, osei)), List.of()),
                summary("b", "Reuters", List.of(said(Stance.SUPPORT, "the ferry deal was a fair plan for both islands",
                        plan, osei), said(Stance.STATEMENT, "they had agreed a new harbour toll for the fishing fleet",
                        toll, osei)), List.of()));

        assertThat(merged).hasSize(2).allSatisfy(fact -> assertThat(fact.sources()).extracting(Source::articleId)
                .containsExactlyInAnyOrder("a", "b"));
        assertThat(merged.get(1).sources()).extracting(Source::sentence).contains("\"We have also agreed a new harbour "
                + "toll for the fishing fleet.\"");
    }

    @Test
    void neverMergesTwoFactsOfOneArticle() {
        String one = "Japan expressed concern about military cooperation between China and Russia.";
        String two = "Japan also expressed concern about military cooperation between China and Russia in Asia.";

        assertThat(positions(summary("a", "AFP", List.of(position(Stance.CONCERN, one, JAPAN),
                position(Stance.CONCERN, two, JAPAN)), List.of()))).hasSize(2);
    }
}
