package dev.briefing.processor.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Strength;
import org.junit.jupiter.api.Test;

class ClauseCommitmentExtractorTests {

    private static List<Commitment> commitments(String text) {
        return Analysis.of(text).pledges().stream().map(Pledge::commitment).toList();
    }

    private static List<String> actors(Commitment commitment) {
        return commitment.actors().stream().map(Actor::name).toList();
    }

    @Test
    void readsAReportedCommitmentAsTheSubjectsStatedByTheSpeaker() {
        assertThat(commitments("Finance Minister Kofi Asante said Ghana would build three new ports by 2030."))
                .singleElement().satisfies(commitment -> {
                    assertThat(actors(commitment)).containsExactly("Ghana");
                    assertThat(commitment.statedBy().name()).isEqualTo("Kofi Asante");
                    assertThat(commitment.action()).isEqualTo("build three new ports by 2030");
                    assertThat(commitment.strength()).isEqualTo(Strength.FIRM);
                    assertThat(commitment.timeframe()).isEqualTo("by 2030");
                    assertThat(commitment.timeframeDate()).isEqualTo("2030");
                });
    }

    @Test
    void endsAnActionCutByALaterFrameBeforeAWordThatCannotEndIt() {
        assertThat(commitments("Ghana will open a port and, officials said, hire dockers."))
                .extracting(Commitment::action).containsExactly("open a port");
    }

    @Test
    void readsCommittingVerbsNounsAndAdjectivesWithTheirStrength() {
        assertThat(commitments("Ghana pledged to deepen ties. Kenya plans to open a port. Togo is ready to resume talks. "
                + "Benin confirmed its intention to join. Mali will consider sending troops."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::strength, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), Strength.FIRM, "deepen ties"),
                        tuple(List.of("Kenya"), Strength.PLANNED, "open a port"),
                        tuple(List.of("Togo"), Strength.INTENT, "resume talks"),
                        tuple(List.of("Benin"), Strength.INTENT, "join"),
                        tuple(List.of("Mali"), Strength.TENTATIVE, "consider sending troops"));
    }

    @Test
    void givesWeInWhatSomeoneSaidToTheSpeakersCountry() {
        assertThat(commitments("\"We will reopen the border,\" Ghana's President Ama Boateng said."))
                .extracting(ClauseCommitmentExtractorTests::actors).containsExactly(List.of("Ghana"));
    }

    @Test
    void keepsACommitmentNotToActAndMakesAConditionConditional() {
        assertThat(commitments("Ghana will not raise fuel duties. Kenya will lift the ban if Togo agrees."))
                .extracting(Commitment::action, Commitment::strength)
                .containsExactly(tuple("not raise fuel duties", Strength.FIRM), tuple("lift the ban if Togo agrees",
                        Strength.CONDITIONAL));
    }

    @Test
    void resolvesReferencesInTheAction() {
        assertThat(commitments("NATO leaders met. Japan will join meetings of the alliance and expand its office."))
                .singleElement().extracting(Commitment::action)
                .isEqualTo("join meetings of NATO and expand Japan's office");
    }

    @Test
    void readsTheCommitmentOfTheOwnerOfAPlan() {
        assertThat(commitments("Ghana published its defence strategy. The strategy includes plans to double the navy."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::strength)
                .containsExactly(tuple(List.of("Ghana"), Strength.PLANNED));
    }

    @Test
    void findsNoCommitmentInPastActsPredictionsDemandsOrQuestions() {
        assertThat(commitments("Ghana imposed sanctions. The deal could grow. Osei called on Kenya to reopen the "
                + "border. Will Togo join?")).isEmpty();
    }

    @Test
    void readsACommittingAdjectiveAfterAnyCopulaAndAnOpeningQuote() {
        assertThat(commitments("Ghana appears determined to reopen the mine. Kenya said it was \"ready to sign the accord\"."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::strength, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), Strength.INTENT, "reopen the mine"),
                        tuple(List.of("Kenya"), Strength.INTENT, "sign the accord"));
    }

    @Test
    void readsAHaveTaggedAsAMainVerbAsPartOfTheVerbGroup() {
        assertThat(commitments("Although Togo has agreed not to close the port."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("Togo"), "not close the port"));
    }

    @Test
    void givesHeAndHisCountryInWhatSomeoneSaidToTheSpeaker() {
        assertThat(commitments("President Barack Obama met Kenyan President Uhuru Kenyatta. Ghanaian President John "
                + "Mahama said he will visit Lagos next week. Mahama also said his country intends to open an "
                + "embassy in Nairobi."))
                .extracting(ClauseCommitmentExtractorTests::actors)
                .containsExactly(List.of("John Mahama"), List.of("Ghana"));
    }

    @Test
    void givesACoordinatedCommittingVerbTheSubjectOfTheFirstVerb() {
        assertThat(commitments("Ghana protested sharply and promised to review the tariffs."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), "review the tariffs"));
    }

    @Test
    void readsAPledgedSumAsProvidingIt() {
        assertThat(commitments("The meeting opened with a pledge of $40 million from Ghana. Kenya pledged $20 million "
                + "in aid for flood victims, which officials welcomed."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::strength, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), Strength.FIRM, "provide $40 million"),
                        tuple(List.of("Kenya"), Strength.FIRM, "provide $20 million in aid"));
    }

    @Test
    void readsASumOfferedAfterATimeAdjunctWithItsConversion() {
        assertThat(commitments("The European Union offered on Monday an extra 40 million euros (USD 44 million) of aid."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("European Union"), "provide an extra 40 million euros (USD 44 million) of aid"));
    }

    @Test
    void findsNoCommitmentInAnIndirectQuestionOrInWhatWillHappenToTheSubject() {
        assertThat(commitments("Osei would not say whether Ghana would reopen the border. Everyone knew Kenya was going "
                + "to become a member. The talks will yield results.")).isEmpty();
    }

    @Test
    void givesAPassiveWithoutAgentInWhatIsSaidToTheSpeakersSide() {
        assertThat(commitments("Ghanaian President John Mahama said the fishing ban will be lifted. Mahama said the "
                + "tariffs could be raised."))
                .singleElement().satisfies(commitment -> {
                    assertThat(actors(commitment)).containsExactly("Ghana");
                    assertThat(commitment.action()).isEqualTo("the fishing ban will be lifted");
                });
    }

    @Test
    void endsTheActionBeforeAReportingFrameAfterIt() {
        assertThat(commitments("Ghana will reopen the border on Monday, the Ghanaian foreign ministry said, easing fears of a trade war."))
                .singleElement().extracting(Commitment::action).isEqualTo("reopen the border on Monday");
    }

    @Test
    void readsDeterminationAsIntent() {
        assertThat(commitments("Kenya expressed its determination to end the strike."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::strength)
                .containsExactly(tuple(List.of("Kenya"), Strength.INTENT));
    }

    @Test
    void readsACommittingAdjectiveCoordinatedWithAnother() {
        assertThat(commitments("Togo is ready and willing to host the talks."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::strength, Commitment::action)
                .containsExactly(tuple(List.of("Togo"), Strength.INTENT, "host the talks"));
    }

    @Test
    void readsTheCommitmentOfAGroupThatActsAsAWholeButNotOfEveryoneConcerned() {
        assertThat(commitments("The donors pledged $40 million in aid. Analysts will study the pledges. All parties "
                + "shall exercise restraint."))
                .singleElement().satisfies(commitment -> {
                    assertThat(actors(commitment)).containsExactly("donors");
                    assertThat(commitment.action()).isEqualTo("provide $40 million in aid");
                });
    }

    @Test
    void readsAPledgedSumWithTheYearItIsForAndASecondSum() {
        assertThat(commitments("Ghana pledged $40 million for 2025 and $20 million for 2026."))
                .singleElement().extracting(Commitment::action)
                .isEqualTo("provide $40 million for 2025 and $20 million for 2026");
    }

    @Test
    void readsAnInstructionToTheSubjectsOwnPeopleAsFirm() {
        assertThat(commitments("\"We have tasked our ministers to draft a trade plan by the next summit,\" Ghana's "
                + "President Ama Boateng said."))
                .singleElement().satisfies(commitment -> {
                    assertThat(actors(commitment)).containsExactly("Ghana");
                    assertThat(commitment.strength()).isEqualTo(Strength.FIRM);
                    assertThat(commitment.action()).isEqualTo("tasked our ministers to draft a trade plan by the next summit");
                    assertThat(commitment.timeframe()).isEqualTo("by the next summit");
                });
    }

    @Test
    void readsAVerbThatReportsOnlyAClauseAsADeedWithAnObject() {
        assertThat(commitments("Kofi Mensah said he would maintain the ban on imports. Mensah said he would answer "
                + "the questions."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("Kofi Mensah"), "maintain the ban on imports"));
    }

    @Test
    void readsAQuotedInfinitive() {
        assertThat(commitments("Ghana committed to \"build three new ports\"."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), "build three new ports"));
    }

    @Test
    void readsTheyInWhatACountryStatedAsThatCountry() {
        assertThat(commitments("Ghana stated that they would continue the talks on trade."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), "continue the talks on trade"));
    }

    @Test
    void readsAQuotedVerbAfterAModal() {
        assertThat(commitments("The statement said the envoy of Ghana shall \"facilitate the dialogue\" in Togo."))
                .extracting(Commitment::action).containsExactly("facilitate the dialogue\" in Togo");
    }

    @Test
    void givesAPassiveDoneByAUnitOfAnOrganisationToTheOrganisation() {
        assertThat(commitments("Kofi Mensah said the truce would be monitored by a small NATO panel."))
                .extracting(ClauseCommitmentExtractorTests::actors).containsExactly(List.of("NATO"));
    }

    @Test
    void readsHisCountrysCommitmentAsTheSpeakersCountrys() {
        assertThat(commitments("Ghanaian President John Mahama said his country's decision to reopen the border was final."))
                .extracting(ClauseCommitmentExtractorTests::actors).containsExactly(List.of("Ghana"));
    }

    @Test
    void readsTheActionOfAProgressiveInTheBaseForm() {
        assertThat(commitments("Ghana will be holding talks with Togo. Kenya is considering sending troops."))
                .extracting(Commitment::action).containsExactly("hold talks with Togo", "consider sending troops");
    }

    @Test
    void findsNoCommitmentInWhatAThingWithAnActorWillDo() {
        assertThat(commitments("Kofi Mensah said a truce with Togo would allow Ghana to focus on trade. The delegations "
                + "of Ghana and Togo will meet again next week."))
                .extracting(Commitment::action).containsExactly("meet again next week");
    }

    @Test
    void readsAnIdleVerbUsedCausativelyAsADeed() {
        assertThat(commitments("Ghana will get the bridge repaired. Kenya will get a seat on the board."))
                .extracting(ClauseCommitmentExtractorTests::actors, Commitment::action)
                .containsExactly(tuple(List.of("Ghana"), "get the bridge repaired"));
    }
}
