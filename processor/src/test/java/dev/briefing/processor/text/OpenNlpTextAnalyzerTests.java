package dev.briefing.processor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import dev.briefing.processor.Analysis;
import org.junit.jupiter.api.Test;

class OpenNlpTextAnalyzerTests {

    private static List<Token> tokens(String text) {
        return Analysis.document(text).sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    }

    @Test
    void splitsContractionsIntoTheWordsTheyStandFor() {
        assertThat(tokens("Officials won't comment, and we'll wait."))
                .filteredOn(token -> token.lower().contains("'") || token.lower().equals("wo"))
                .extracting(Token::text, Token::lemma)
                .containsExactly(tuple("wo", "will"), tuple("n't", "not"), tuple("'ll", "will"));
    }

    @Test
    void splitsAPossessiveWrittenWithACurlyApostrophe() {
        assertThat(tokens("The ministry said Kenya’s harbour was closed."))
                .extracting(Token::text).contains("Kenya", "’s");
    }

    @Test
    void keepsAnAbbreviationsPeriodAndSplitsHyphensBeforeCapitals() {
        assertThat(tokens("The U.K. backed the Kenya-Ghana talks despite anti-European feeling."))
                .extracting(Token::text)
                .contains("U.K.", "Kenya", "-", "Ghana", "anti", "European");
    }

    @Test
    void keepsACompoundWithALowerCasePartAsOneWord() {
        assertThat(tokens("A well-known, conservative-leaning group met the Ghana-Togo commission."))
                .extracting(Token::text)
                .contains("well-known", "conservative-leaning", "Ghana", "-", "Togo");
    }

    @Test
    void keepsASentenceTogetherThatTheModelSplitsAfterAnAbbreviation() {
        ArticleDocument document = Analysis.document("Delegates of the E.U. condemned the blockade on Monday.");

        assertThat(document.sentences()).hasSize(1);
    }

    @Test
    void endsNoSentenceAtATitleBeforeANameOrAMonthBeforeADay() {
        ArticleDocument document = Analysis.document("Gov. Ama Boateng and Lt. Col. Kofi Mensah arrived. "
                + "The talks open Jan. 5 in Accra. Mrs. Osei stayed home.");

        assertThat(document.sentences()).hasSize(3);
        assertThat(document.sentences().getFirst().tokens()).extracting(Token::text).contains("Gov.", "Lt.", "Col.");
    }

    @Test
    void endsASentenceAtAnAbbreviationThatStandsBeforeNothingItAbbreviates() {
        ArticleDocument document = Analysis.document("The vote was set for Jan. The count followed.");

        assertThat(document.sentences()).hasSize(2);
    }

    @Test
    void endsNoSentenceAtADash() {
        ArticleDocument document = Analysis.document("\u201CThe ferry is late. Nobody listens.\u201D\u2015 Ana Lopez");

        assertThat(document.sentences()).hasSize(2);
        assertThat(document.sentences().getLast().tokens()).extracting(Token::text).contains("\u2015", "Ana", "Lopez");
    }

    @Test
    void readsApostropheDBeforeAParticipleAsHad() {
        assertThat(tokens("The port opened. She said she'd battled the harbour board for years."))
                .filteredOn(token -> token.lower().equals("'d")).extracting(Token::lemma).containsExactly("have");
    }

    @Test
    void readsAVerbAfterANameThatTheTaggerCalledAPluralNoun() {
        assertThat(tokens("The port opened. Mensah asserts that the ferries are late."))
                .filteredOn(token -> token.lower().equals("asserts")).extracting(Token::pos).containsExactly(Pos.VERB);
    }

    @Test
    void readsAnAcronymThatTheTaggerCalledAVerbAsAName() {
        assertThat(tokens("\"Nothing has changed,\" EU climate chief Lena Brask said."))
                .filteredOn(token -> token.text().equals("EU")).extracting(Token::pos).containsExactly(Pos.PROPN);
    }

    @Test
    void readsAnAcronymWithDigitsThatTheTaggerCalledAPrepositionAsAName() {
        assertThat(tokens("\"We have found the path,\" said COP28 president Lena Brask."))
                .filteredOn(token -> token.text().equals("COP28")).extracting(Token::pos).containsExactly(Pos.PROPN);
    }

    @Test
    void readsANameThatTheTaggerCalledASubordinatorAsAName() {
        assertThat(tokens("Wu described the treaty as a milestone."))
                .filteredOn(token -> token.text().equals("Wu")).extracting(Token::pos).containsExactly(Pos.PROPN);
    }

    @Test
    void readsANameThatTheTaggerCalledAVerbBeforeItsOwnVerbAsAName() {
        assertThat(tokens("Trump revised his plan, officials said."))
                .filteredOn(token -> token.text().equals("Trump")).extracting(Token::pos).containsExactly(Pos.PROPN);
    }

    @Test
    void readsANameThatTheTaggerCalledAVerbBeforeAPossessiveAsAName() {
        assertThat(tokens("Britain's harbour minister said the port was closed."))
                .filteredOn(token -> token.text().equals("Britain")).extracting(Token::pos).containsExactly(Pos.PROPN);
    }

    @Test
    void readsANameThatTheTaggerCalledAVerbBeforeAPastTheLemmatizerDoesNotKnowAsAName() {
        assertThat(tokens("Trump unleashed a series of posts, officials said."))
                .filteredOn(token -> token.text().equals("Trump")).extracting(Token::pos).containsExactly(Pos.PROPN);
    }

    @Test
    void keepsAnOpeningImperativeBeforeAGerundAVerb() {
        assertThat(tokens("Stop worrying, officials said."))
                .filteredOn(token -> token.text().equals("Stop")).extracting(Token::pos).containsExactly(Pos.VERB);
    }

    @Test
    void keepsACapitalisedFunctionWordWhatItIs() {
        assertThat(tokens("While the port stayed shut, officials said the ferries waited."))
                .filteredOn(token -> token.text().equals("While")).extracting(Token::pos).containsExactly(Pos.SCONJ);
    }

    @Test
    void readsASourceNounThatTheTaggerCalledAnAdjectiveBeforeItsVerbAsANoun() {
        assertThat(tokens("The UN chief appealed to the two sides to stop fighting."))
                .filteredOn(token -> token.lower().equals("chief")).extracting(Token::pos).containsExactly(Pos.NOUN);
    }

    @Test
    void readsAPluralOfAKnownNounOpeningTheSentenceAsANoun() {
        assertThat(tokens("Delegates at the conference said the vote was fair.")).first()
                .extracting(Token::pos, Token::lemma).containsExactly(Pos.NOUN, "delegate");
    }

    @Test
    void tagsOnlyTheSentencesALaterLayerReads() {
        ArticleDocument document = Analysis.document("The weather was fine all week.\nMr Okafor said it would rain.");

        assertThat(document.sentences()).extracting(Sentence::tagged).containsExactly(false, true);
        assertThat(document.sentences().get(1).tokens()).extracting(Token::lemma).contains("say", "would");
    }

    @Test
    void readsEveryRegularFormOfAReferenceWordAsItsLemma() {
        assertThat(tokens("Ms Osei condemned the raids and applauded the truce."))
                .filteredOn(token -> token.is(Pos.VERB)).extracting(Token::lemma)
                .containsExactly("condemn", "applaud");
    }

    @Test
    void keepsOffsetsIntoTheTextAsRead() {
        String text = "“We will stay,” Ms Osei said.";
        List<Token> tokens = tokens(text);

        assertThat(tokens).allSatisfy(token -> assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text()));
        assertThat(tokens.getFirst().text()).isEqualTo("“");
    }

    @Test
    void readsBaseChunksFromTheTags() {
        Sentence sentence = Analysis.document("Kenya's foreign minister has not yet signed the defence and trade pact, aides said.")
                .sentences().getFirst();

        assertThat(sentence.chunks()).extracting(chunk -> chunk.kind() + ":" + text(sentence, chunk))
                .containsExactly("NOUN_PHRASE:Kenya 's foreign minister", "VERB_GROUP:has not yet signed",
                        "NOUN_PHRASE:the defence and trade pact", "NOUN_PHRASE:aides", "VERB_GROUP:said");
    }

    private static String text(Sentence sentence, Chunk chunk) {
        return String.join(" ", sentence.tokens().subList(chunk.from(), chunk.to()).stream().map(Token::text).toList());
    }
}
