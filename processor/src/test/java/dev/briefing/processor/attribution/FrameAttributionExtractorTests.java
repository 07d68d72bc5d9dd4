package dev.briefing.processor.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.summary.Stance;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class FrameAttributionExtractorTests {

    /** Each attribution as its holders' names, its stance and its content. */
    private static List<Tuple> read(String text) {
        Analysis analysis = Analysis.of(text);
        return analysis.attributions().stream()
                .map(a -> tuple(a.holders().stream().map(Entity::name).toList(), a.stance(), analysis.content(a)))
                .toList();
    }

    @Test
    void readsTheContentAfterTheSourceAndCue() {
        assertThat(read("Margaret Osei said on Tuesday that the harbour would stay open."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.STATEMENT, "the harbour would stay open"));
    }

    @Test
    void readsTheContentBeforeTheSourceAndAnInvertedSourceAfterTheCue() {
        assertThat(read("\"The plan will cost jobs,\" Harbour Minister Ama Boateng said. "
                + "\"It is unfair,\" said Kwesi Mensah, a union leader."))
                .containsExactly(tuple(List.of("Ama Boateng"), Stance.STATEMENT, "The plan will cost jobs"),
                        tuple(List.of("Kwesi Mensah"), Stance.CRITICISM, "It is unfair"));
    }

    @Test
    void readsANegatedWordOfSupportInTheContentAsARejectionAndANegatedWordOfConcernAsAStatement() {
        assertThat(read("Margaret Osei said the council does not support the toll. Kwesi Mensah said the strike was not a threat."))
                .contains(tuple(List.of("Margaret Osei"), Stance.REJECTION, "the council does not support the toll"),
                        tuple(List.of("Kwesi Mensah"), Stance.STATEMENT, "the strike was not a threat"));
    }

    @Test
    void readsASourceInATemporalClauseButNotInAConditionalOne() {
        assertThat(read("While Margaret Osei said that the harbour was safe, the port stayed shut. "
                + "If Kwesi Mensah says that the strike is over, the ferries will sail."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.STATEMENT, "the harbour was safe"));
    }

    @Test
    void givesACueAfterAndTheSubjectOfTheVerbBeforeIt() {
        assertThat(read("Margaret Osei toured the docks on Monday and said the harbour was safe."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.STATEMENT, "the harbour was safe"));
    }

    @Test
    void endsAContentWhereAFrameReportingWhatCameBeforeItStands() {
        assertThat(read("The ministers urged the unions to end the strike, a spokesman for the ministry said."))
                .extracting(t -> t.toList().get(2)).contains("the unions to end the strike");
    }

    @Test
    void endsAContentWhereAFrameOfItsOwnIsJoinedOnAfterAComma() {
        assertThat(read("Margaret Osei described the toll as a disgrace, while Kwesi Mensah said the ferries would sail."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.CRITICISM, "the toll as a disgrace"),
                        tuple(List.of("Kwesi Mensah"), Stance.STATEMENT, "the ferries would sail"));
    }

    @Test
    void readsADocumentsSayingInsideWhatASpeakerReportsAsTheSpeakersAndAVerbConjoinedAfterItAsTheSpeakers() {
        assertThat(read("Margaret Osei met the harbour board on Monday. She regretted that the report did not condemn "
                + "the closure but welcomed the plan to reopen the docks."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.CRITICISM, "the report did not condemn the closure"),
                        tuple(List.of("Margaret Osei"), Stance.SUPPORT, "the plan to reopen the docks"));
    }

    @Test
    void readsWordsOfCriticismSaidOfClaimsAsARejectionOfThem() {
        assertThat(read("Answering the union's allegations, Margaret Osei described them as absurd."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.REJECTION);
    }

    @Test
    void keepsWordsOfCriticismSaidOfAPlanACriticism() {
        assertThat(read("Margaret Osei described the toll plan as absurd."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.CRITICISM);
    }

    @Test
    void readsAnObligationInWhatWasSaidAsADemandAndWhatIsCriticalToAGoalAsSupport() {
        assertThat(read("Margaret Osei said the council has an obligation to reopen the harbour. "
                + "Kwesi Mensah said the ferry deal would be critical to the island's economy."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.DEMAND, Stance.SUPPORT);
    }

    @Test
    void endsAContentWhereACommentClauseWithItsOwnFrameIsJoinedOn() {
        assertThat(read("Harbour workers rejected the new rota, as Margaret Osei said the ferries would sail."))
                .extracting(t -> t.toList().get(2)).containsExactly("the new rota", "the ferries would sail");
    }

    @Test
    void findsTheSourceBeforeAQuotationThatOpensAtTheCue() {
        assertThat(read("The ministers \u201cwelcomed\u201d the harbour plan on Monday."))
                .extracting(t -> t.toList().get(0)).containsExactly(List.of("The ministers"));
    }

    @Test
    void readsTheObjectOfAVerbOfConcernAsWhatIsFeared() {
        assertThat(read("Harbour workers fear the competition."))
                .containsExactly(tuple(List.of("Harbour workers"), Stance.CONCERN, "the competition"));
    }

    @Test
    void readsWhatSomeoneExpectsAsTheirPositionEvenWithoutAClause() {
        assertThat(read("Margaret Osei expects progress within ten days."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.SUPPORT, "progress within ten days"));
    }

    @Test
    void endsWhatARelativeClauseReportsAtItsCommaAndFindsTheSubjectPastItAndATime() {
        assertThat(read("Ghana, whose president Margaret Osei has said that the toll was unfair, on Monday voiced "
                + "support for the ferry deal."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.CRITICISM, "the toll was unfair"),
                        tuple(List.of("Ghana"), Stance.SUPPORT, "support for the ferry deal"));
    }

    @Test
    void readsAJudgementVerbAfterACommaAsASecondPositionOfTheSameSpeaker() {
        assertThat(read("Margaret Osei dismissed the report, scolding reporters for what she called false claims."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.REJECTION, Stance.CRITICISM);
    }

    @Test
    void readsNoSayingInAParticipleAfterWithout() {
        assertThat(read("Margaret Osei said the port would reopen, without explaining how the ferries should sail."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.STATEMENT, "the port would reopen"));
    }

    @Test
    void readsAVerbConjoinedInsideAQuotationThatOpensAfterTheFrameAsTheQuotedWordsGoingOn() {
        assertThat(read("Margaret Osei warned that the harbour was silting up and \"learning lessons that no one will forget\"."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.CONCERN,
                        "the harbour was silting up and \"learning lessons that no one will forget"));
    }

    @Test
    void readsAParticipleCueAfterATimeAsSaidByTheSubjectOfTheSentence() {
        assertThat(read("Margaret Osei posted a series of messages early Friday saying that the port was closed."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.STATEMENT, "the port was closed"));
    }

    @Test
    void keepsAFrameInsideWhatWasSaidInTheContent() {
        assertThat(read("Margaret Osei said Kwesi Mensah told her the ferries would sail."))
                .extracting(t -> t.toList().get(2)).contains("Kwesi Mensah told her the ferries would sail");
    }

    @Test
    void readsAVerbOfNamingAsACue() {
        assertThat(read("Margaret Osei termed the harbour deal \"a disgrace\"."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.CRITICISM, "the harbour deal \"a disgrace"));
    }

    @Test
    void keepsThePrepositionalPhraseOfAnAttitudeAsWhatItIsAbout() {
        assertThat(read("Norway remains steadfast in its support for the truce."))
                .containsExactly(tuple(List.of("Norway"), Stance.SUPPORT, "in its support for the truce"));
    }

    @Test
    void readsAPersonDescribedByWhatTheyAreAsASource() {
        assertThat(read("A producer for the show told reporters that the interview was cancelled."))
                .containsExactly(tuple(List.of("A producer for the show"), Stance.STATEMENT,
                        "the interview was cancelled"));
    }

    @Test
    void readsTheSourcePastAnAppositionOpeningWithATitleWordReadAsAnAdverb() {
        assertThat(read("Olaf Brandt, vice chairman of the port board, told reporters that talks had failed."))
                .extracting(t -> t.toList().get(0)).containsExactly(List.of("Olaf Brandt"));
    }

    @Test
    void skipsTheIndirectObjectAndATimeBeforeThat() {
        assertThat(read("Osei told reporters in Accra on Monday that talks had failed."))
                .extracting(t -> t.toList().get(2)).containsExactly("talks had failed");
    }

    @Test
    void readsAnAdverbialBeforeTheSourceAsNoContent() {
        assertThat(read("Before the vote, Margaret Osei said: \"We will win.\""))
                .extracting(t -> t.toList().get(2)).containsExactly("We will win");
    }

    @Test
    void keepsAQuotationOverSeveralSentencesAndParagraphsWithItsSpeaker() {
        assertThat(read("\"The port is calm. We want it calm,\" Osei said. \"Nobody gains from a strike.\"\n"
                + "\"We will talk again on Friday.\""))
                .containsExactly(
                        tuple(List.of("Osei"), Stance.STATEMENT, "The port is calm. We want it calm Nobody gains from a strike"),
                        tuple(List.of("Osei"), Stance.STATEMENT, "We will talk again on Friday"));
    }

    @Test
    void continuesAQuotationPastAnotherAttributionOfItsSentence() {
        assertThat(read("\"The docks are quiet,\" said Ama Boateng, who has backed the union since 2019. "
                + "\"Nobody wants a strike.\""))
                .contains(tuple(List.of("Ama Boateng"), Stance.STATEMENT, "The docks are quiet Nobody wants a strike"));
    }

    @Test
    void continuesAQuotationThatQuotesOthersSaying() {
        assertThat(read("\"Fees may rise,\" Kwesi Mensah said. \"Traders believe the port is too slow.\""))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .contains(tuple(List.of("Kwesi Mensah"), "Fees may rise Traders believe the port is too slow"));
    }

    @Test
    void readsAParticipleAfterAQuotationsFrameAsAnAdjunct() {
        assertThat(read("\"The harbour will reopen,\" Margaret Osei said, standing beside the repaired cranes."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .first().isEqualTo(tuple(List.of("Margaret Osei"), "The harbour will reopen"));
    }

    @Test
    void readsAnExpressedFeelingWithWhatItIsAbout() {
        assertThat(read("Harbour Minister Ama Boateng expressed her disappointment over the delays."))
                .containsExactly(tuple(List.of("Ama Boateng"), Stance.CRITICISM, "disappointment over the delays"));
    }

    @Test
    void givesAParticipleAfterWithAndANounPhraseThatSubject() {
        assertThat(read("The union welcomed the talks, with Margaret Osei saying that the port was calm."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .contains(tuple(List.of("Margaret Osei"), "the port was calm"));
    }

    @Test
    void givesADescriptionsNamedAppositionAsTheSource() {
        assertThat(read("A spokeswoman for the harbour trust, Margaret Osei, said the fees were fair."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.STATEMENT, "the fees were fair"));
    }

    @Test
    void readsATranscriptsSpeakerLabelForItsTurn() {
        assertThat(read("Harbour Minister Ama Boateng spoke on Sunday.\n"
                + "BOATENG: Well, the port is calm. The fees are fair.\nThe talks went on."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .containsExactly(tuple(List.of("Ama Boateng"), "Well, the port is calm. The fees are fair"));
    }

    @Test
    void readsAccordingToBeforeAndAfterWhatItAttributes() {
        assertThat(read("According to the Harbour Trust, fees will rise. Fees will fall, according to Kwesi Mensah."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .containsExactly(tuple(List.of("Harbour Trust"), "fees will rise"),
                        tuple(List.of("Kwesi Mensah"), "Fees will fall"));
    }

    @Test
    void continuesTheSourceOfTheSentenceForAParticipleOrACoordinatedCue() {
        assertThat(read("Osei condemned the raid, saying it broke the truce, and urged restraint."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactly(tuple(List.of("Osei"), Stance.CRITICISM), tuple(List.of("Osei"), Stance.STATEMENT),
                        tuple(List.of("Osei"), Stance.DEMAND));
    }

    @Test
    void readsSpeechActsByTheirStanceAndNegation() {
        assertThat(read("Union leader Kwesi Mensah did not welcome the deal. Margaret Osei is worried that fees will rise."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.REJECTION, Stance.CONCERN);
    }

    @Test
    void givesADescribedSourceItsOwnersCountry() {
        Analysis analysis = Analysis.of("Ghana closed the border. Its foreign ministry said the border must reopen soon.");

        assertThat(analysis.attributions()).singleElement().extracting(a -> a.holders().getFirst())
                .extracting(Entity::name, Entity::country).containsExactly("Its foreign ministry", "GH");
    }

    @Test
    void readsTheStanceNounObjectOfADeclaringVerb() {
        assertThat(read("Margaret Osei affirmed her union's support for the harbour plan."))
                .containsExactly(tuple(List.of("Margaret Osei"), Stance.SUPPORT, "support for the harbour plan"));
    }

    @Test
    void readsARegretAsCriticism() {
        assertThat(read("Margaret Osei regretted that the harbour board did not consult the union."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.CRITICISM);
    }

    @Test
    void readsAFloatingQuantifierAfterTheAuxiliaryAndASerialComma() {
        assertThat(read("Ghana, Togo, and Benin have all warned that the border talks could fail."))
                .containsExactly(tuple(List.of("Ghana", "Togo", "Benin"), Stance.CONCERN, "the border talks could fail"));
    }

    @Test
    void takesAStatementNounInsideAQuotationAsTheSpeakersOwnWord() {
        assertThat(read("The harbour board said in a statement that fees will rise. \"The message is clear: the port "
                + "stays open for everyone,\" Margaret Osei said."))
                .extracting(t -> t.toList().get(0)).containsExactly(List.of("The harbour board"), List.of("Margaret Osei"));
    }

    @Test
    void readsANecessityInThePastAsNoDemandAndOneInThePresentAsADemand() {
        assertThat(read("Margaret Osei said the port needed to find new buyers. Kwesi Mensah said the port has to find new buyers."))
                .extracting(t -> t.toList().get(1)).containsExactly(Stance.STATEMENT, Stance.DEMAND);
    }

    @Test
    void readsTheStanceNounOfAnExpressionAndOfAPossessor() {
        assertThat(read("Ghana expressed concern over the blockade. Margaret Osei spoke. Osei's call for talks went unanswered."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactly(tuple(List.of("Ghana"), Stance.CONCERN), tuple(List.of("Margaret Osei"), Stance.DEMAND));
    }

    @Test
    void givesAPassiveToItsAgent() {
        assertThat(read("The harbour plan was criticised by union leader Kwesi Mensah on Monday."))
                .containsExactly(tuple(List.of("Kwesi Mensah"), Stance.CRITICISM, "The harbour plan"));
    }

    @Test
    void givesAJointStatementToEverySignatory() {
        assertThat(read("Margaret Osei and Ana Moreau met in Accra. The joint statement said the border must stay open."))
                .containsExactly(tuple(List.of("Margaret Osei", "Ana Moreau"), Stance.DEMAND, "the border must stay open"));
    }

    @Test
    void readsThePossessedNotThePossessorAsTheSource() {
        assertThat(read("Margaret Osei's law firm said the claim was false."))
                .extracting(t -> t.toList().get(0)).containsExactly(List.of("Margaret Osei's law firm"));
    }

    @Test
    void readsNoAttributionWhereAClauseVerbReportsNothing() {
        assertThat(read("The ministry added ten names to the list. Nothing was said.")).isEmpty();
    }

    @Test
    void readsAQuotationBeforeASpeakerAndATimeAfterTheCue() {
        assertThat(read("\"The fees are too high,\" Kwesi Mensah said late last week."))
                .containsExactly(tuple(List.of("Kwesi Mensah"), Stance.STATEMENT, "The fees are too high"));
    }

    @Test
    void keepsATitleAbbreviationWithTheNameItStandsBefore() {
        assertThat(read("The port reopened. Sen. Ama Boateng said the fees would fall."))
                .containsExactly(tuple(List.of("Ama Boateng"), Stance.STATEMENT, "the fees would fall"));
    }

    @Test
    void givesAConjoinedExpressionTheSubjectOfTheVerbBeforeIt() {
        assertThat(read("The ministers condemned the blockade and expressed concern about the fishing fleet."))
                .extracting(t -> t.toList().get(1), t -> t.toList().get(2))
                .containsExactly(tuple(Stance.CRITICISM, "the blockade"), tuple(Stance.CONCERN, "concern about the fishing fleet"));
    }

    @Test
    void givesAReportOnlyToTheAuthorItNames() {
        assertThat(read("Kwesi Mensah spoke first. A new survey found that fees had doubled. "
                + "A survey by the Harbour Institute found that ships were waiting longer."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .containsExactly(tuple(List.of("Harbour Institute"), "ships were waiting longer"));
    }

    @Test
    void givesAQuotationSignedWithADashToItsSigner() {
        assertThat(read("Readers wrote to us.\n\u201cThe ferry is late every day. Nobody listens.\u201d \u2015 Ana Lopez"))
                .containsExactly(tuple(List.of("Ana Lopez"), Stance.STATEMENT, "The ferry is late every day. Nobody listens"));
    }

    @Test
    void readsADescribedSourceAfterAccordingToAndLeavesAMediumToTheSpeakerItReports() {
        assertThat(read("According to harbour pilot Kwesi Mensah, the channel is silting up. "
                + "According to local newspapers, Ana Lopez said that the ferry would stop."))
                .containsExactly(tuple(List.of("Kwesi Mensah"), Stance.STATEMENT, "the channel is silting up"),
                        tuple(List.of("Ana Lopez"), Stance.STATEMENT, "the ferry would stop"));
    }

    @Test
    void readsASourceThatHoldsItsOwnApposition() {
        assertThat(read("The mayor, Ana Lopez, has confirmed that the ferry would stop."))
                .extracting(t -> t.toList().get(0)).containsExactly(List.of("Ana Lopez"));
    }

    @Test
    void readsAClauseWithoutThatAfterAClauseVerbButNotAnObject() {
        assertThat(read("The port opened. The ministry announced it had reached its target. "
                + "The ministry noted the ferries would run. The unions agreed a text named the Harbour Pact."))
                .extracting(t -> t.toList().get(2)).containsExactly("it had reached its target", "the ferries would run");
    }

    @Test
    void readsTheComplementOfCallAfterAnObjectWithItsPhrases() {
        assertThat(read("The port opened. Ana Lopez called the mayor's remarks on Monday \"a disgrace\". "
                + "Ana Lopez called Kwesi Mensah on Monday."))
                .extracting(t -> t.toList().get(2)).containsExactly("the mayor's remarks on Monday \"a disgrace");
    }

    @Test
    void readsASentenceThatOpensWithTheCueAndItsSpeaker() {
        assertThat(read("The port opened. Said Mensah: \"The ferries will be late.\""))
                .containsExactly(tuple(List.of("Mensah"), Stance.STATEMENT, "The ferries will be late"));
    }

    @Test
    void keepsAQuotedQuestionWithTheFrameThatNamesItsSpeaker() {
        assertThat(read("The port opened. \"Why is the ferry late again?\" Ana Lopez asked. "
                + "\"Is it fixed? Probably not,\" Kwesi Mensah said."))
                .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
                .containsExactly(tuple(List.of("Ana Lopez"), "Why is the ferry late again"),
                        tuple(List.of("Kwesi Mensah"), "Is it fixed? Probably not"));
    }

    @Test
    void readsSpeakersListedWithTheirPartiesAndAFloatingQuantifier() {
        assertThat(read("The port opened. Ana Lopez (D-Ore.) and Kwesi Mensah (R-Ohio) all suggested that the fees were illegal."))
                .extracting(t -> t.toList().get(0)).containsExactly(List.of("Ana Lopez", "Kwesi Mensah"));
    }

    @Test
    void givesAQuotationAfterAnAnnouncementToWhoeverMadeIt() {
        assertThat(read("Harbour Minister Ama Boateng made the announcement in Accra on Friday. \"We have decided to "
                + "reopen the harbour.\""))
                .containsExactly(tuple(List.of("Ama Boateng"), Stance.STATEMENT, "We have decided to reopen the harbour"));
    }
}
