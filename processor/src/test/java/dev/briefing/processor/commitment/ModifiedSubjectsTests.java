package dev.briefing.processor.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.Commitment;
import org.junit.jupiter.api.Test;

class ModifiedSubjectsTests {

    private static List<List<String>> actors(String text) {
        return Analysis.of(text).pledges().stream().map(Pledge::commitment)
                .map(commitment -> commitment.actors().stream().map(Actor::name).toList()).toList();
    }

    @Test
    void givesACommitmentToTheHeadOfARelativeClauseNotToANameInsideIt() {
        assertThat(actors("Ghana, which hosted the talks jointly with Togo, Benin and the UN, will build a new port."))
                .containsExactly(List.of("Ghana"));
    }

    @Test
    void givesNoOneACommitmentWhoseOnlyNameIsInAParticiplesPhrase() {
        assertThat(actors("Donors meeting in Accra pledged nearly $40 million in aid for the flood victims.")).isEmpty();
    }

    @Test
    void keepsASubjectNamedAfterARelativeClauseThatClosed() {
        assertThat(actors("The summit, which opened on Monday, ended and Ghana will build a new port.")).containsExactly(List.of("Ghana"));
    }
}
