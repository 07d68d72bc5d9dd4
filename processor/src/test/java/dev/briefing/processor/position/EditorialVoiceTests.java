package dev.briefing.processor.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.Fixtures;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.summary.Position;
import dev.briefing.processor.summary.Stance;
import org.junit.jupiter.api.Test;

class EditorialVoiceTests {

    private final EditorialVoice voice = new EditorialVoice(dev.briefing.processor.reference.Lexicons.standard());

    @Test
    void recognisesAnUnlabelledOpinionPieceByItsOwnJudgements() {
        Analysis analysis = Analysis.fixture("opinion-without-a-label.txt");

        assertThat(voice.kind(analysis.document(), analysis.attributions())).isEqualTo(ArticleKind.EDITORIAL);
    }

    @Test
    void readsANewsReportAsNews() {
        Analysis analysis = Analysis.fixture("positions-in-a-report.txt");

        assertThat(voice.kind(analysis.document(), analysis.attributions())).isEqualTo(ArticleKind.NEWS);
    }

    @Test
    void givesTheOutletItsOwnJudgementsAndNotWhatOthersSaid() {
        Analysis analysis = Analysis.fixture("editorial-judgements.txt");

        assertThat(voice.judgements(analysis.document(), analysis.references(), analysis.attributions()))
                .extracting(position -> position.holders().getFirst().name(), Position::stance)
                .containsExactly(tuple("The Harbour Times", Stance.SUPPORT));
    }

    @Test
    void givesTheJudgementsOfAPieceWithoutAnOutletToItsAuthor() {
        Analysis analysis = Analysis.fixture("opinion-without-a-label.txt");

        assertThat(voice.judgements(analysis.document(), analysis.references(), analysis.attributions()))
                .isNotEmpty().extracting(position -> position.holders().getFirst()).containsOnly(
                        new Actor("Author", dev.briefing.processor.summary.ActorType.OUTLET, null, null));
    }

    @Test
    void readsTheMarginalModalNeedAndImprudenceAsJudgements() {
        Analysis analysis = Analysis.fixture("opinion-needs-and-imprudence.txt");

        assertThat(voice.judgements(analysis.document(), analysis.references(), analysis.attributions()))
                .extracting(Position::stance).containsExactly(Stance.DEMAND, Stance.CRITICISM, Stance.DEMAND);
    }
}
