package dev.briefing.processor.coreference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefing.processor.Analysis;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.MentionKind;
import dev.briefing.processor.text.Sentence;
import org.junit.jupiter.api.Test;

class SalienceReferenceResolverTests {

    /** Names of what the pronoun of the given form in the given sentence stands for. */
    private static List<String> pronoun(Analysis analysis, int sentence, String form) {
        Sentence s = analysis.document().sentence(sentence);
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).text().equals(form)) {
                return analysis.references().pronoun(sentence, k).stream().map(Entity::name).toList();
            }
        }
        throw new AssertionError("no " + form + " in sentence " + sentence);
    }

    private static List<String> names(Analysis analysis, String form) {
        for (Mention mention : analysis.references().mentions().all()) {
            if (mention.form().equals(form)) {
                return analysis.references().of(mention).stream().map(Entity::name).toList();
            }
        }
        throw new AssertionError("no mention " + form);
    }

    @Test
    void readsHeAndSheByGenderPreferringTheSubject() {
        Analysis analysis = Analysis.of("Daniel Pryce met Margaret Osei in Accra. She said he was late.");

        assertThat(pronoun(analysis, 1, "She")).containsExactly("Margaret Osei");
        assertThat(pronoun(analysis, 1, "he")).containsExactly("Daniel Pryce");
    }

    @Test
    void readsAPossessiveAsTheSubjectOfItsOwnClause() {
        Analysis analysis = Analysis.of("Ghana said it would keep its embargo until Togo ends its blockade.");

        assertThat(pronoun(analysis, 0, "its")).containsExactly("Ghana");
        assertThat(analysis.document().sentence(0).tokens().stream().filter(t -> t.text().equals("its")).count()).isEqualTo(2);
        Sentence sentence = analysis.document().sentence(0);
        int last = sentence.size() - 3;
        assertThat(sentence.token(last).text()).isEqualTo("its");
        assertThat(analysis.references().pronoun(0, last)).extracting(Entity::name).containsExactly("Togo");
    }

    @Test
    void readsTheyAsTheSourcesNamedTogether() {
        Analysis analysis = Analysis.of("Daniel Pryce and Margaret Osei met in Accra. They said talks would go on.");

        assertThat(pronoun(analysis, 1, "They")).containsExactly("Daniel Pryce", "Margaret Osei");
    }

    @Test
    void readsTheGovernmentAsTheCountrysGovernmentNamedBefore() {
        Analysis analysis = Analysis.of("The Ghanaian government recalled its ambassador on Monday. "
                + "The government also said it would appeal to the regional bloc.");

        assertThat(analysis.attributions()).singleElement().satisfies(attribution -> assertThat(attribution.holders())
                .extracting(Entity::country).containsExactly("GH"));
    }

    @Test
    void readsAReferenceNounAsTheOrganisationLastNamedThatIsCalledSo() {
        Analysis analysis = Analysis.of("NATO leaders met in Vilnius. The defence ministers of the alliance agreed.");

        assertThat(names(analysis, "the alliance")).containsExactly("NATO");
        assertThat(analysis.references().organizationMentions()).extracting(Mention::key).containsExactly("NATO", "NATO");
    }

    @Test
    void readsTheCountryAsTheCountryLastNamed() {
        Analysis analysis = Analysis.of("Kenya held elections in August. The country will count votes by hand.");

        assertThat(analysis.references().countryMentions()).extracting(Mention::key, Mention::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KE", "Kenya"),
                        org.assertj.core.groups.Tuple.tuple("KE", "The country"));
    }

    @Test
    void readsATitleAloneAsThePersonWithThatTitle() {
        Analysis analysis = Analysis.of("Prime Minister Ana Moreau arrived on Monday. The prime minister said little.");

        assertThat(names(analysis, "The prime minister")).containsExactly("Ana Moreau");
    }

    @Test
    void readsAnOfficeNoOneNamedHoldsAsThePersonLastNamedWithoutOne() {
        Analysis analysis = Analysis.of("President Paul Brandt welcomed Ms Moreau to the capital on Monday. "
                + "Ms Moreau toured the harbour. The prime minister said the visit went well.");

        assertThat(names(analysis, "The prime minister")).containsExactly("Moreau");
    }

    @Test
    void readsTheTwoLeadersAsTheLastTwoPeopleNamed() {
        Analysis analysis = Analysis.of("Ana Moreau met Paul Brandt in Lisbon. The two leaders said talks went well.");

        assertThat(names(analysis, "The two leaders")).containsExactly("Ana Moreau", "Paul Brandt");
    }

    @Test
    void knowsTheOwnerOfADescribedThingAcrossSentences() {
        Analysis analysis = Analysis.of("Ghana published its defence strategy on Monday. The strategy includes new ports.");
        Sentence second = analysis.document().sentence(1);

        assertThat(analysis.references().owner(1, 0)).extracting(Entity::name).containsExactly("Ghana");
        assertThat(second.token(0).text()).isEqualTo("The");
    }

    @Test
    void leavesADescribedSourceNothingResolvesStandingForItself() {
        Analysis analysis = Analysis.of("Officials in Accra said the port would reopen.");

        assertThat(analysis.mentions(MentionKind.GROUP)).singleElement()
                .satisfies(group -> assertThat(analysis.references().of(group)).extracting(Entity::name)
                        .containsExactly("Officials in Accra"));
    }

    @Test
    void readsTheSidesAsTheCoordinationEarlierInTheirSentence() {
        Analysis analysis = Analysis.of("Ghana and Kenya held talks in Nairobi, and the sides agreed to meet again.");

        assertThat(names(analysis, "the sides")).containsExactly("Ghana", "Kenya");
    }

    @Test
    void readsTheSidesAsTheCountriesOfOneSentenceWhereNoCoordinationJoinsThem() {
        Analysis analysis = Analysis.of("Foreign Minister Ana Moreau of France met her German counterpart, Paul Brandt, "
                + "in Lisbon on Friday. The sides agreed to meet again in May.");

        assertThat(names(analysis, "The sides")).containsExactly("France", "Germany");
    }

    @Test
    void readsThePluralOfARoleAsThePartiesLastNamedTogether() {
        Analysis analysis = Analysis.of("Ana Moreau and Paul Brandt met in Lisbon. "
                + "The ministers agreed to open a joint office.");

        assertThat(names(analysis, "The ministers")).containsExactly("Ana Moreau", "Paul Brandt");
    }

    @Test
    void readsBothCountriesAsTheTwoCountriesLastNamed() {
        Analysis analysis = Analysis.of("Peru signed a trade deal with Chile on Monday. Both countries will cut tariffs.");

        assertThat(names(analysis, "Both countries")).containsExactly("Peru", "Chile");
    }

    @Test
    void givesACommitmentOfTheSidesToTheirParties() {
        Analysis analysis = Analysis.of("Ghana and Kenya held talks in Nairobi on Monday. "
                + "The sides agreed to build a new rail link.");

        assertThat(analysis.pledges()).singleElement().satisfies(pledge -> assertThat(pledge.commitment().actors())
                .extracting(dev.briefing.processor.summary.Actor::name).containsExactly("Ghana", "Kenya"));
    }

    @Test
    void givesAnOrganisationTheCountryItsNameOpensWith() {
        Analysis analysis = Analysis.of("The Ghanaian Ministry of Trade said the port would reopen. The Organization of "
                + "American States met.");
        List<String> countries = analysis.references().mentions().of(MentionKind.ORGANIZATION).stream()
                .map(mention -> analysis.references().of(mention).getFirst().country()).toList();
        assertThat(countries).containsExactly("GH", null);
    }
}
