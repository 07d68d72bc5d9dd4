package dev.briefing.processor.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import org.junit.jupiter.api.Test;

class AttributionPositionExtractorTests {

    private static List<Position> positions(String text) {
        return Analysis.of(text).positions();
    }

    @Test
    void statesWhatWasSaidWithTheSentencesThatCarryIt() {
        String text = "On Monday, Ghana's Foreign Minister Ama Boateng said Kenya must reopen the border.";
        Position position = positions(text).getFirst();

        assertThat(position.statement()).isEqualTo("Kenya must reopen the border");
        assertThat(position.stance()).isEqualTo(Stance.DEMAND);
        assertThat(position.holders()).extracting(Actor::name).containsExactly("Ama Boateng");
        assertThat(text.substring(position.start(), position.end())).isEqualTo(position.sentence());
    }

    @Test
    void isAboutTheCountriesOfWhatWasSaidNotTheHolders() {
        assertThat(positions("Ghana condemned Kenya's blockade of Ghanaian ports.").getFirst().about())
                .containsExactly("KE");
    }

    @Test
    void leavesANeutralReportOfACommitmentToTheCommitment() {
        Analysis analysis = Analysis.of("Ama Boateng said Ghana would build three new ports.");

        assertThat(analysis.positions()).isEmpty();
        assertThat(analysis.pledges()).hasSize(1);
    }

    @Test
    void keepsAStatementThatHoldsACommitmentOnlyFurtherOn() {
        assertThat(positions("Ama Boateng said the old harbour fees had driven away the fishing fleet for years, "
                + "so the town will cut them.")).hasSize(1);
    }

    @Test
    void keepsAStatementThatSaysMoreBesideTheCommitment() {
        assertThat(positions("Ama Boateng said Ghana would build three new ports, adding that the fishing fleet had "
                + "waited long enough.")).hasSize(1);
    }

    @Test
    void givesARepeatedStatementOnce() {
        assertThat(positions("Osei said the port was closed.\nOsei said the port was closed.")).hasSize(1);
    }

    @Test
    void statesAShortObjectWithTheVerbThatTakesAStanceOnIt() {
        assertThat(positions("Ghana condemned the raid. Kenya welcomed the long-awaited opening of the new deep-water port at Lamu."))
                .extracting(Position::statement)
                .containsExactly("condemned the raid", "the long-awaited opening of the new deep-water port at Lamu");
    }

    @Test
    void endsWhatWasSaidBeforeAParticipleThatGoesOnWithoutAComma() {
        assertThat(positions("Togo supported the decision saying that the port would stay open.").getFirst().statement())
                .isEqualTo("supported the decision");
    }

    @Test
    void findsNoPositionWhereNothingIsAttributed() {
        assertThat(positions("The harbour was busy. Ships came and went.")).isEmpty();
    }
}
