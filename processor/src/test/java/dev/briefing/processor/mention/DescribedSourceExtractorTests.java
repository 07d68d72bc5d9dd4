package dev.briefing.processor.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.briefing.processor.Analysis;
import org.junit.jupiter.api.Test;

class DescribedSourceExtractorTests {

    @Test
    void readsDescribedSourcesWithTheCountryAndOrganisationTheirWordsGive() {
        assertThat(Analysis.of("Senior Japanese diplomats said a spokesman for the Harbour Trust had resigned.")
                .mentions(MentionKind.GROUP))
                .extracting(Mention::form, Mention::country, Mention::organization, Mention::plural)
                .containsExactly(tuple("Senior Japanese diplomats", "JP", null, true),
                        tuple("a spokesman for the Harbour Trust", null, "Harbour Trust", false));
    }

    @Test
    void leavesAPhraseHeadedByANameToThatName() {
        assertThat(Analysis.of("Prime Minister Ana Moreau said so.").mentions(MentionKind.GROUP)).isEmpty();
    }

    @Test
    void readsThePhraseAroundANameThatOnlyModifiesIt() {
        assertThat(Analysis.of("Ana Moreau spoke. The Moreau campaign said nothing.").mentions(MentionKind.GROUP))
                .extracting(Mention::form).containsExactly("The Moreau campaign");
    }

    @Test
    void readsPeopleAtLargeAsASourceOnlyWhereThePhraseSaysWhichOnes() {
        assertThat(Analysis.of("Osei said people were tired. Local people said the road was unsafe. "
                + "People in the valley agreed.").mentions(MentionKind.GROUP))
                .extracting(Mention::sentence, Mention::form).containsExactly(tuple(1, "Local people"), tuple(2, "People"));
    }

    @Test
    void leavesATitleThatEndsInANameToThatName() {
        Analysis analysis = Analysis.of("Minister of Fisheries Ana Moreau stressed the ties. Talks followed, Moreau said.");

        assertThat(analysis.mentions(MentionKind.PERSON)).isNotEmpty();
        assertThat(analysis.mentions(MentionKind.GROUP)).isEmpty();
    }

    @Test
    void attachesTheBodyASourceServesByTo() {
        assertThat(Analysis.of("An adviser to the United Nations said the talks had stalled.").mentions(MentionKind.GROUP))
                .extracting(Mention::form).containsExactly("An adviser to the United Nations");
    }

    @Test
    void attachesTheGatheringAGroupTakesPartIn() {
        assertThat(Analysis.of("The delegates at the conference said the vote was fair. Officials in a statement said no.").mentions(MentionKind.GROUP))
                .extracting(Mention::form).containsExactly("The delegates at the conference", "Officials");
    }

    @Test
    void namesAGroupThatSaysWhoItIsWithoutTheGatheringAndItsPlace() {
        assertThat(Analysis.of("Foreign donors at a Lisbon conference said the target was met.").mentions(MentionKind.GROUP))
                .extracting(Mention::form, Mention::country).containsExactly(tuple("Foreign donors", null));
    }

    @Test
    void readsAPlaceGivenWithTwoPrepositionsAsPartOfTheGroupButNotOfItsName() {
        assertThat(Analysis.of("Officials from across the region said the talks had stalled.").mentions(MentionKind.GROUP))
                .extracting(Mention::form, Mention::to).containsExactly(tuple("Officials", 5));
    }

    @Test
    void readsTheOppositionAsABody() {
        assertThat(Analysis.of("The opposition said the new tariffs were unlawful.").mentions(MentionKind.GROUP))
                .extracting(Mention::form).containsExactly("The opposition");
    }
}
