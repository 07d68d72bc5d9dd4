package dev.briefing.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Strength;
import org.junit.jupiter.api.Test;

class CueCommitmentExtractorTests {

    private final CueCommitmentExtractor extractor = CueCommitmentExtractor.standard();

    private List<Commitment> commitments(String fixture) {
        var document = Documents.fixture(fixture);
        return extractor.extract(document, Documents.entities(document));
    }

    @Test
    void readsStrengthTimeframeAndWhoStatedIt() {
        Commitment first = commitments("commitments-of-a-government.txt").getFirst();

        assertThat(first.actors()).containsExactly(new Actor("Ghana", ActorType.COUNTRY, "GH", null));
        assertThat(first.statedBy()).isEqualTo(new Actor("Kofi Asante", ActorType.PERSON, null, null));
        assertThat(first.action()).isEqualTo("build three new ports by 2030");
        assertThat(first.strength()).isEqualTo(Strength.FIRM);
        assertThat(first.timeframe()).isEqualTo("by 2030");
        assertThat(first.sentence()).isEqualTo("Finance Minister Kofi Asante said Ghana would build three new ports by 2030.");
    }

    @Test
    void resolvesReferencesInTheActionAndReadsConsiderationAsTentative() {
        Commitment second = commitments("commitments-of-a-government.txt").get(1);

        assertThat(second.actors()).extracting(Actor::country).containsExactly("GH");
        assertThat(second.action()).isEqualTo("consider joining NATO talks");
        assertThat(second.strength()).isEqualTo(Strength.TENTATIVE);
    }

    @Test
    void readsPlansOfAPolicyNounAsTheCountrysAndConditionsAsConditional() {
        assertThat(commitments("commitments-of-a-government.txt")).extracting(Commitment::strength,
                Commitment::timeframe).containsExactly(tuple(Strength.FIRM, "by 2030"), tuple(Strength.TENTATIVE, null),
                        tuple(Strength.PLANNED, "by fiscal 2026"), tuple(Strength.CONDITIONAL, null));
    }

    @Test
    void takesNeitherPastActionsNorWhatWillHappenToSomeoneAsCommitments() {
        assertThat(commitments("commitments-of-a-government.txt")).extracting(Commitment::sentence)
                .noneMatch(sentence -> sentence.contains("imposed") || sentence.contains("face questions"));
    }

    @Test
    void keepsTheNegationOfACommitmentNotToAct() {
        assertThat(commitments("commitments-not-to-act.txt")).extracting(Commitment::action)
                .containsExactly("not expand the northern docks", "not raise fuel duties this year",
                        "not sell the state airline");
    }

    @Test
    void findsNoCommitmentWithoutAnActor() {
        var document = Documents.of("Prices will rise next year. It would be a mistake.");
        assertThat(extractor.extract(document, Documents.entities(document))).isEmpty();
    }
}
