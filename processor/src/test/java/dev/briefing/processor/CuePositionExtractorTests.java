package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import org.junit.jupiter.api.Test;

class CuePositionExtractorTests {

    private final CuePositionExtractor extractor = CuePositionExtractor.standard();

    private List<Position> positions(String fixture) {
        var document = Documents.fixture(fixture);
        var entities = Documents.entities(document);
        return extractor.extract(document, entities, CueCommitmentExtractor.standard().extract(document, entities));
    }

    private static List<String> names(Position position) {
        return position.holders().stream().map(Actor::name).toList();
    }

    @Test
    void readsHoldersStanceAndCountriesOfReportedStatements() {
        assertThat(positions("positions-in-a-report.txt"))
                .extracting(CuePositionExtractorTests::names, Position::stance, Position::about)
                .containsExactly(
                        tuple(List.of("Grace Wanjiru", "Tomas Keller"), Stance.CONCERN, List.of("SD")),
                        tuple(List.of("Grace Wanjiru", "Tomas Keller"), Stance.DEMAND, List.of()),
                        tuple(List.of("Tomas Keller"), Stance.CONCERN, List.of("ET")),
                        tuple(List.of("Tomas Keller"), Stance.SUPPORT, List.of("EG")));
    }

    @Test
    void keepsTheQuoteAndTheVerbatimSentenceWithItsOffsets() {
        String text = Fixtures.text("positions-in-a-report.txt");
        Position joint = positions("positions-in-a-report.txt").get(1);

        assertThat(joint.quote()).isEqualTo("We call on all sides to stop the shelling,");
        assertThat(text.substring(joint.start(), joint.end())).isEqualTo(joint.sentence());
    }

    @Test
    void givesAnEditorialsOwnJudgementsToTheOutletOnly() {
        assertThat(positions("editorial-judgements.txt"))
                .extracting(position -> position.holders().getFirst(), Position::stance)
                .containsExactly(
                        tuple(new Actor("The Harbour Times", ActorType.OUTLET, null, null), Stance.SUPPORT),
                        tuple(new Actor("Lena Orlova", ActorType.PERSON, null, null), Stance.STATEMENT));
    }

    @Test
    void findsNoPositionWhereNothingIsAttributed() {
        var document = Documents.of("The harbour was busy. Ships came and went.");
        assertThat(extractor.extract(document, Documents.entities(document), List.of())).isEmpty();
    }

    @Test
    void takesTheStatementFromWhicheverSideOfTheSpeakerItStands() {
        assertThat(positions("statements-before-and-after-the-speaker.txt")).extracting(Position::statement)
                .containsExactly("\"The harbour plan will cost jobs,\" Harbour Minister Ama Boateng said.",
                        "\"The plan is unfair to fishermen.\"");
    }
}
