package dev.briefing.processor.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.coreference.Entity;
import org.junit.jupiter.api.Test;

class ProperNamePersonExtractorTests {

    private static List<Entity> people(String text) {
        return Analysis.of(text).references().people();
    }

    private static List<Mention> mentions(String text) {
        return Analysis.of(text).mentions(MentionKind.PERSON);
    }

    @Test
    void readsTheTitleAsWrittenAndTheCountryBeforeItAsTheAffiliation() {
        assertThat(people("Ghana's Infrastructure Minister Kofi Asante opened the port."))
                .extracting(Entity::name, Entity::title, Entity::country)
                .containsExactly(tuple("Kofi Asante", "Infrastructure Minister", "GH"));
    }

    @Test
    void readsATitleInAppositionWithItsOrganisation() {
        assertThat(people("Olaf Brandt, the secretary general of NATO, said the visit was useful."))
                .extracting(Entity::name, Entity::title, Entity::organization)
                .containsExactly(tuple("Olaf Brandt", "secretary general", "NATO"));
    }

    @Test
    void readsATitleWithItsComplementsBeforeACommaAndTheNameAfterItWhateverItsTags() {
        assertThat(people("The Minister of Trade of Peru, Tomasz Wrzal, left early. Rebels met the Kenyan envoy, Oduya Kamau, at dawn."))
                .extracting(Entity::name, Entity::title, Entity::country)
                .containsExactly(tuple("Tomasz Wrzal", "Minister of Trade", "PE"), tuple("Oduya Kamau", "envoy", "KE"));
    }

    @Test
    void readsTheOfficeBeforeAnHonorificAsTheTitle() {
        assertThat(people("The forum opened. Forum President Dr Marit Olsen welcomed the delegates."))
                .extracting(Entity::name, Entity::title)
                .containsExactly(tuple("Marit Olsen", "Forum President"));
        assertThat(people("The forum opened, said the chairman, Dr. Olu Bakare, on Monday."))
                .extracting(Entity::name, Entity::title)
                .containsExactly(tuple("Olu Bakare", "chairman"));
    }

    @Test
    void readsAnUnknownGivenNameTheTaggerTookForAPronounAtTheSentencesStart() {
        assertThat(people("İbrahim Kalın said the signing would be critical.")).extracting(Entity::name)
                .containsExactly("İbrahim Kalın");
    }

    @Test
    void readsTheOrganisationOfARoleInAppositionBeforeARelativeClause() {
        assertThat(people("Olaf Brandt, a scholar at the Harbour Institute who studies ports, said the plan was late."))
                .extracting(Entity::name, Entity::organization)
                .containsExactly(tuple("Olaf Brandt", "Harbour Institute"));
    }

    @Test
    void readsAnOrganisationInAComplementWhateverTheTagsOfItsWords() {
        assertThat(people("Olaf Brandt, executive director of the Arms Control Association, said the test was a warning."))
                .extracting(Entity::name, Entity::organization)
                .containsExactly(tuple("Olaf Brandt", "Arms Control Association"));
    }

    @Test
    void readsARoleBeforeANameAsItsTitle() {
        assertThat(people("Radio host Marek Novak said the tax was unfair."))
                .extracting(Entity::name, Entity::title).containsExactly(tuple("Marek Novak", "Radio host"));
    }

    @Test
    void knowsAnUntitledSpeakerByWhatTheySay() {
        assertThat(people("Davis said the vote was close. Later Davis added that he was pleased."))
                .extracting(Entity::name).containsExactly("Davis");
    }

    @Test
    void readsATitleWordAfterAnHonorificAsASurname() {
        assertThat(people("The port opened. Mr. King said the ferries were late."))
                .extracting(Entity::name).containsExactly("King");
    }

    @Test
    void readsALaterSurnameAsThePersonFirstNamedInFull() {
        assertThat(mentions("Prime Minister Ana Moreau met Olaf Brandt. Moreau said little; Mr Brandt spoke."))
                .extracting(Mention::key).containsExactly("Ana Moreau", "Olaf Brandt", "Ana Moreau", "Olaf Brandt");
    }

    @Test
    void takesTheNameTheArticleUsesAloneAsTheSurnameInEitherOrder() {
        assertThat(mentions("Foreign Minister Tanaka Hiroshi arrived. Tanaka said talks went well."))
                .extracting(Mention::key).containsExactly("Tanaka Hiroshi", "Tanaka Hiroshi");
    }

    @Test
    void tellsTwoPeopleSharingASurnameApartByTheGenderOfTheirHonorifics() {
        assertThat(mentions(dev.briefing.processor.Fixtures.text("spouses-sharing-a-surname.txt")))
                .extracting(Mention::key).containsExactly("Daniel Pryce", "Daniel Pryce", "Pryce");
    }

    @Test
    void keepsAPeersStyleInTheName() {
        assertThat(people("Lord Ashcombe said the bill would fail.")).extracting(Entity::name)
                .containsExactly("Lord Ashcombe");
    }

    @Test
    void joinsParticlesHyphensInitialsAndSuffixesIntoTheName() {
        assertThat(people("Sheikh Salem al-Harthy met President Rafael Costa Jr. and John D. Hale, who said it went well."))
                .extracting(Entity::name).contains("Salem al-Harthy", "Rafael Costa Jr.", "John D. Hale");
    }

    @Test
    void joinsSeveralParticlesIntoTheNameAndKnowsItsCapitalisedShortForm() {
        assertThat(mentions("Commission President Karin van den Berg spoke first. Van den Berg said the fund would grow."))
                .extracting(Mention::key).containsExactly("Karin van den Berg", "Karin van den Berg");
    }

    @Test
    void readsAGivenNameAfterARoleNamedForItsPrincipal() {
        assertThat(people("\"The deal will hold,\" Halvorsen spokesman Omar Reda said in a post."))
                .extracting(Entity::name).contains("Omar Reda");
    }

    @Test
    void readsAnOfficeInAppositionAfterTheCountryItServes() {
        assertThat(people("The port opened for a visit by Dana Kerrow, the UK home secretary, on Monday."))
                .extracting(Entity::name, Entity::title, Entity::country)
                .containsExactly(tuple("Dana Kerrow", "home secretary", "GB"));
    }

    @Test
    void keepsTheComplementOfAnOfficeBeforeTheName() {
        assertThat(people("Canada's Ambassador to the UN Linda Morrow welcomed the truce."))
                .extracting(Entity::name, Entity::title, Entity::country)
                .containsExactly(tuple("Linda Morrow", "Ambassador to the UN", "CA"));
    }

    @Test
    void keepsAPortfolioOfCommonWordsAfterTheOfficeOutOfTheName() {
        assertThat(people("Minister of Regional Development Kwame Adu said the harbour would reopen."))
                .extracting(Entity::name, Entity::title).containsExactly(tuple("Kwame Adu", "Minister of Regional Development"));
    }

    @Test
    void readsAnOfficeWrittenOneLetterWrongAsThatOffice() {
        assertThat(people("Defence Minster Kwame Adu said the harbour would reopen. Presiden Ama Boateng agreed."))
                .extracting(Entity::name, Entity::title)
                .containsExactly(tuple("Kwame Adu", "Defence Minister"), tuple("Ama Boateng", "President"));
    }

    @Test
    void readsNoNameIntoAPlaceOrTheObjectOfAPreposition() {
        assertThat(people("In remarks at the Summit, the minister said Moscow's move was illegal.")).isEmpty();
    }

    @Test
    void takesNoGenderFromAFamilyNameWrittenFirst() {
        assertThat(people("Candidate Lai Ming-te won the vote. Lai thanked the voters."))
                .extracting(Entity::name, Entity::gender).containsExactly(tuple("Lai Ming-te", null));
    }

    @Test
    void readsAMiddleNameUsedAloneAsThePersonNamedInFull() {
        assertThat(mentions("President Paulo Jorge Tavo da Costa opened the port. Later Tavo said it was a start."))
                .extracting(Mention::key).containsExactly("Paulo Jorge Tavo da Costa", "Paulo Jorge Tavo da Costa");
    }
}
