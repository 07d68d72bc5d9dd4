package dev.briefing.processor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.briefing.processor.ArticleMetadata;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The text layer: splits an article's body (page furniture left out by the {@link TextCleaner})
 * into paragraphs and sentences with OpenNLP's sentence model, tokens with {@link OpenNlpTokenizer},
 * and tags with OpenNLP's part-of-speech model (all three UD English-EWT, so they agree), then adds
 * lemmas ({@link CachingLemmatizer}), base chunks ({@link Chunker}) and quotations
 * ({@link QuotationFinder}).
 *
 * <p>The tagger is the costly step, so it reads only the sentences a later layer reads: those with a
 * quotation mark, a capitalised word after the first (a name), a possessive pronoun (an owner the
 * reference layer reads), or a word of the reference data (a
 * reporting or commitment cue, a modal: {@code cueForms}). It decodes greedily: on news text its
 * tags are the same as with the model's beam of three, at twice the speed.
 *
 * <p>Thread-safe: the models are shared, each thread has its own detector and tagger.
 */
public final class OpenNlpTextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final String POS_ARTIFACT = "pos.model";

    /** A place in capitals (with a region or agency after it) and a dash, opening a paragraph. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}{2}[\\p{Lu} .'/-]{0,40}(?:,\\s*\\p{L}[\\p{L} .'-]{1,30})?(?:\\s*\\([^)]{1,30}\\))?\\s*[\u2014\u2013-]+\\s+");

    /** The longest a sentence may be; longer text without a sentence end is split at spaces. */
    static final int MAX_SENTENCE_CHARS = 2000;

    /** The longest a speaker's frame after a quoted question may be ("Ms. Moore said on Sunday."). */
    private static final int MAX_FRAME_CHARS = 80;

    /** How many words a speaker's name may take before the cue in such a frame ("Rep. Jim Jordan said"). */
    private static final int MAX_SPEAKER_WORDS = 4;

    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    /** The ending of a verb in the third person singular: "argues", "says". */
    private static final String THIRD_PERSON = "s";

    /** The ending of a regular verb's past, for one the lemmatizer does not know ("unleashed"). */
    private static final String PAST = "ed";

    private static final String POSSESSIVE = "'s";

    private final TextCleaner cleaner;

    private final OpenNlpTokenizer tokenizer;

    private final CachingLemmatizer lemmatizer;

    private final Set<String> cueForms;

    private final Set<String> verbOnly;

    private final Set<String> functionWords;

    private final Chunker chunker = new Chunker();

    private final ThreadLocal<SentenceDetectorME> detector;

    private final ThreadLocal<POSTaggerME> tagger;

    /**
     * @param cueForms look-up forms of the words that make a sentence worth tagging (reporting and
     *                 commitment cues, modals)
     */
    public OpenNlpTextAnalyzer(TextCleaner cleaner, CachingLemmatizer lemmatizer, Set<String> cueForms) {
        this(cleaner, lemmatizer, cueForms, Set.of());
    }

    /**
     * @param cueForms look-up forms of the words that make a sentence worth tagging
     * @param verbOnly words that are only ever verbs, for mending an infinitive the tagger misread
     *                 ("to strengthen" as an adjective)
     */
    public OpenNlpTextAnalyzer(TextCleaner cleaner, CachingLemmatizer lemmatizer, Set<String> cueForms,
            Set<String> verbOnly) {
        this(cleaner, lemmatizer, cueForms, verbOnly, Set.of());
    }

    /**
     * @param cueForms      look-up forms of the words that make a sentence worth tagging
     * @param verbOnly      words that are only ever verbs, for mending an infinitive the tagger misread
     * @param functionWords the closed-class words (prepositions, pronouns, auxiliaries ...), for telling
     *                      a name the tagger read as one of them ("Xi/SCONJ described") from one of them
     */
    public OpenNlpTextAnalyzer(TextCleaner cleaner, CachingLemmatizer lemmatizer, Set<String> cueForms,
            Set<String> verbOnly, Set<String> functionWords) {
        this.functionWords = Set.copyOf(functionWords);
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.tokenizer = OpenNlpTokenizer.shared();
        this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
        this.cueForms = Set.copyOf(cueForms);
        this.verbOnly = Set.copyOf(verbOnly);
        SentenceModel sentences = loadSentenceModel();
        POSModel tags = greedy(loadPosModel());
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentences));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(tags));
    }

    public ArticleDocument analyze(String text, ArticleMetadata metadata) {
        String straight = Characters.straightened(text);
        List<Sentence> sentences = new ArrayList<>();
        List<TextSpan> paragraphs = cleaner.paragraphs(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            TextSpan paragraph = paragraphs.get(p);
            Span[] spans = detector.get().sentPosDetect(straight.substring(paragraph.start(), paragraph.end()));
            int i = 0;
            while (i < spans.length) {
                int start = paragraph.start() + spans[i].getStart();
                if (i == 0) {
                    int dateline = datelineEnd(straight, start, paragraph.end());
                    if (dateline > start) {
                        sentences.add(sentence(text, straight, sentences.size(), p, start, dateline));
                        start = dateline;
                    }
                }
                while (i + 1 < spans.length && (continuesSentence(straight, paragraph.start() + spans[i + 1].getStart())
                        || attributesQuestion(straight, paragraph.start() + spans[i].getEnd(),
                                paragraph.start() + spans[i + 1].getStart(), paragraph.start() + spans[i + 1].getEnd()))) {
                    i++;
                }
                int end = paragraph.start() + spans[i].getEnd();
                for (int from = start; from < end; ) {
                    int to = pieceEnd(text, from, end);
                    sentences.add(sentence(text, straight, sentences.size(), p, from, to));
                    from = to;
                }
                i++;
            }
        }
        return new ArticleDocument(text, metadata, sentences, QuotationFinder.quotations(text, sentences));
    }

    /**
     * The end of a dateline in capitals opening a paragraph ("UNITED NATIONS (Sputnik) — ",
     * "NUSA DUA, Indonesia — "), or {@code start} when none opens it: a sentence of its own, so that
     * the place is no one who says what follows.
     */
    private static int datelineEnd(String text, int start, int end) {
        java.util.regex.Matcher matcher = DATELINE.matcher(text).region(start, end);
        return matcher.lookingAt() ? matcher.end() : start;
    }

    /**
     * Where a sentence from {@code start} ends: at {@code end}, or, for text that runs on without a
     * sentence end, at the last space within {@link #MAX_SENTENCE_CHARS}. Every fact quotes its
     * sentence, so an unbounded one (9 MB without a full stop) made an article's facts grow with the
     * square of its length and ran the heap out.
     */
    private static int pieceEnd(String text, int start, int end) {
        if (end - start <= MAX_SENTENCE_CHARS) {
            return end;
        }
        int space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS - 1);
        return space > start + MAX_SENTENCE_CHARS / 2 ? space + 1 : start + MAX_SENTENCE_CHARS;
    }

    /**
     * A "sentence" the model split off after an abbreviation ("the E.U. | condemned ...") goes on
     * with a lower-case word, as no sentence of news prose begins; one split off after an initial
     * ("John D. | Hale") goes on with the name, one after a title or month ("Sen. | Warren",
     * "Jan. | 5") with what it stands before, and none ends or opens at a dash.
     */
    private static boolean continuesSentence(String text, int start) {
        if (start < text.length() && (Character.isLowerCase(text.charAt(start)) || isDash(text.charAt(start)))) {
            return true;
        }
        int end = start - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end >= 0 && isDash(text.charAt(end))) {
            return true;
        }
        if (end > 0 && text.charAt(end) == '.' && OpenNlpTokenizer.abbreviationStop(text, end)) {
            return true;
        }
        boolean initial = end >= 2 && text.charAt(end) == '.' && Character.isUpperCase(text.charAt(end - 1))
                && text.charAt(end - 2) == ' ';
        return initial && start < text.length() && Character.isUpperCase(text.charAt(start));
    }

    /**
     * "'Why now?' | Vitter demanded.": a quoted question or exclamation and the short frame after it
     * that names its speaker are one sentence, as a comma would have made them.
     */
    private boolean attributesQuestion(String text, int end, int nextStart, int nextEnd) {
        int last = end - 1;
        while (last > 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        boolean quotedQuestion = last >= 1 && text.charAt(last) == '"'
                && (text.charAt(last - 1) == '?' || text.charAt(last - 1) == '!');
        if (!quotedQuestion || nextEnd - nextStart > MAX_FRAME_CHARS) {
            return false;
        }
        String[] words = text.substring(nextStart, nextEnd).split("[^\\p{L}'.]+");
        for (int j = 0; j < words.length && j <= MAX_SPEAKER_WORDS; j++) {
            String word = words[j].toLowerCase(java.util.Locale.ROOT);
            if (cueForms.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)) {
                return true;
            }
            boolean speaker = !words[j].isEmpty() && Character.isUpperCase(words[j].charAt(0))
                    || SPEAKER_PRONOUNS.contains(word);
            if (!speaker) {
                return false;
            }
        }
        return false;
    }

    /** A dash, which neither ends nor opens a sentence ("... about.\u201D \u2015 Pamela Padilla"). */
    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2015' || c == '\u2013';
    }

    private Sentence sentence(String text, String straight, int index, int paragraph, int start, int end) {
        List<OpenNlpTokenizer.Piece> pieces = tokenizer.pieces(straight, start, end);
        List<Token> tokens = new ArrayList<>(pieces.size());
        for (OpenNlpTokenizer.Piece piece : pieces) {
            tokens.add(new Token(text.substring(piece.start(), piece.end()), piece.start(), piece.end()));
        }
        if (!worthTagging(tokens)) {
            return new Sentence(index, paragraph, start, end, tokens);
        }
        List<Token> tagged = tag(straight, pieces, tokens);
        return new Sentence(index, paragraph, start, end, tagged, chunker.chunks(tagged));
    }

    private boolean worthTagging(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quote() || i > 0 && token.capitalized() || cueForms.contains(token.lower())
                    || Chunker.possessivePronoun(token)) {
                return true;
            }
        }
        return false;
    }

    private List<Token> tag(String straight, List<OpenNlpTokenizer.Piece> pieces, List<Token> tokens) {
        int words = pieces.getLast().word() + 1;
        String[] forms = new String[words];
        for (int i = 0; i < pieces.size(); i++) {
            OpenNlpTokenizer.Piece piece = pieces.get(i);
            int word = piece.word();
            forms[word] = forms[word] == null ? straight.substring(piece.start(), piece.end())
                    : forms[word] + straight.substring(piece.start(), piece.end());
        }
        String[] tags = tagger.get().tag(forms);
        List<Token> tagged = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < pieces.size()) {
            int word = pieces.get(i).word();
            boolean contraction = i + 1 < pieces.size() && pieces.get(i + 1).word() == word;
            if (contraction) {
                String lemma = lemmatizer.lemma(Token.normalized(forms[word]), tags[word]);
                tagged.add(contracted(tokens.get(i), tags[word], lemma, 0));
                tagged.add(contracted(tokens.get(i + 1), tags[word], lemma, 1));
                i += 2;
            }
            else {
                Token token = tokens.get(i);
                String tag = single(tags[word]);
                tagged.add(token.tagged(Pos.of(tag), lemmatizer.lemma(token.lower(), tag)));
                i++;
            }
        }
        repairWords(tagged);
        repairAcronyms(tagged);
        repairClosedClassNames(tagged);
        repairNamesReadAsVerbs(tagged);
        repairNounsBeforeVerbs(tagged);
        repairOpeningPlural(tagged);
        repairVerbs(tagged);
        repairPossessives(tagged);
        repairHad(tagged);
        return tagged;
    }

    /**
     * "he'd battled", "they'd already left": an "'d" before a past participle is "had", not
     * "would"; the verb's form tells them apart, a participle differing from its lemma.
     */
    private static void repairHad(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.lower().equals("'d")) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() && (tokens.get(k).is(Pos.ADV) || tokens.get(k).isAny("not", "n't"))) {
                k++;
            }
            Token verb = k < tokens.size() ? tokens.get(k) : token;
            if (verb.is(Pos.VERB) && verb.pastForm()) {
                tokens.set(i, token.tagged(Pos.AUX, "have"));
            }
        }
    }

    /**
     * A known verb in the third person ("includes", "plans") that the tagger read as a plural noun
     * right after a noun or name, before what would be its object or clause ("The new strategy
     * includes plans to", "Trump asserts that"): the model confuses the two there; a plural noun
     * does not take an object. A name it read as a verb there is a name.
     */
    private void repairVerbs(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean misreadInfinitive = tokens.get(i - 1).lower().equals("to") && verbOnly.contains(token.lower());
            if (!token.pos().verbal() && misreadInfinitive) {
                tokens.set(i, token.tagged(Pos.VERB, lemmatizer.lemma(token.lower(), "VERB")));
                continue;
            }
            if (!token.pos().verbal() && afterAuxiliary(tokens, i) && token.word() && !token.capitalized()) {
                String verb = lemmatizer.lemma(token.lower(), "VERB");
                if (lemmatizer.knownVerb(verb)) {
                    tokens.set(i, token.tagged(Pos.VERB, verb));
                    continue;
                }
            }
            if (i + 1 >= tokens.size()) {
                continue;
            }
            Token previous = tokens.get(i - 1);
            boolean name = previous.word() && previous.capitalized() && !previous.is(Pos.DET) && !previous.is(Pos.PRON);
            if (!token.is(Pos.NOUN) || !token.lower().endsWith("s") || !previous.is(Pos.NOUN)
                    && !previous.is(Pos.PROPN) && !name) {
                continue;
            }
            Pos next = tokens.get(i + 1).pos();
            boolean opensClause = tokens.get(i + 1).lower().equals("to") || tokens.get(i + 1).lower().equals("that");
            if (next != Pos.NOUN && next != Pos.DET && next != Pos.ADJ && next != Pos.NUM && !opensClause) {
                continue;
            }
            String verb = lemmatizer.lemma(token.lower(), "VERB");
            if (lemmatizer.knownVerb(verb) && !verb.equals(token.lower())) {
                tokens.set(i, token.tagged(Pos.VERB, verb));
                if (name && previous.pos().verbal()) {
                    tokens.set(i - 1, previous.tagged(Pos.PROPN, previous.lower()));
                }
            }
        }
    }

    /**
     * "Donors pledged", "Delegates at the summit agreed": a plural of a known noun opening the
     * sentence, capitalised only for that, which the tagger read as a name; a name does not follow
     * it ("Officials Smith" does not occur, "Parties Ltd" would be read as it is).
     */
    private void repairOpeningPlural(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).word()) {
            first++;
        }
        if (first >= tokens.size() || !tokens.get(first).is(Pos.PROPN)
                || first + 1 < tokens.size() && tokens.get(first + 1).is(Pos.PROPN)) {
            return;
        }
        Token token = tokens.get(first);
        String lemma = lemmatizer.knownPlural(token.lower());
        if (lemma != null) {
            tokens.set(first, token.tagged(Pos.NOUN, lemma));
        }
    }

    /**
     * "EU climate chief Wopke Hoekstra said" after a quotation, "said COP28 president X": an acronym
     * (capitals, with or without digits) that the tagger read as a verb or a function word, in a
     * sentence not written in capitals, is a name, unless it is a verb in lower case too.
     */
    private void repairAcronyms(List<Token> tokens) {
        if (tokens.stream().noneMatch(token -> token.word() && !token.text().equals(token.text().toUpperCase()))) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean misread = token.pos().verbal() ? !lemmatizer.knownVerb(token.lower())
                    : token.is(Pos.ADP) || token.is(Pos.DET) || token.is(Pos.ADJ) || token.is(Pos.ADV)
                            || token.is(Pos.PRON) || token.is(Pos.SCONJ);
            if (misread && acronym(token.text())) {
                tokens.set(i, token.tagged(Pos.PROPN, token.lower()));
            }
        }
    }

    /**
     * "Xi described", "Li said": a capitalised word that the tagger read as a closed-class word (a
     * preposition, subordinator, pronoun, auxiliary ...) but that is no word of those classes is a
     * name; those classes are small and listed, a name is not among them.
     */
    private void repairClosedClassNames(List<Token> tokens) {
        if (functionWords.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.word() && token.capitalized() && token.pos().closedClass()
                    && !functionWords.contains(token.lower())) {
                tokens.set(i, token.tagged(Pos.PROPN, token.lower()));
            }
        }
    }

    /**
     * "Trump unleashed a series of tweets", "Britain's interior minister": a capitalised word the
     * tagger read as a verb right before a verb in the past or the third person, or before a
     * possessive, in a sentence not written in capitals or title case, is a name: such a verb does not
     * follow another, and a verb owns nothing.
     */
    private static void repairNamesReadAsVerbs(List<Token> tokens) {
        if (titled(tokens)) {
            return;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = tokens.get(i + 1);
            boolean beforeVerb = next.is(Pos.VERB)
                    && (next.pastForm() || next.lower().endsWith(PAST) || next.lower().endsWith(THIRD_PERSON));
            boolean possessed = next.is(Pos.PART) && next.lower().equals(POSSESSIVE);
            if (token.is(Pos.VERB) && token.capitalized() && (beforeVerb || possessed)) {
                tokens.set(i, token.tagged(Pos.PROPN, token.lower()));
            }
        }
    }

    /** A sentence in capitals or title case: most of its words capitalised. */
    private static boolean titled(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.word()) {
                words++;
                capitalised += token.capitalized() ? 1 : 0;
            }
        }
        return capitalised * 2 > words;
    }

    /**
     * "The UN chief appealed", "the secretary-general urged": a noun of the reference data that the
     * tagger read as an adjective, closing a phrase right before its verb, heads that phrase; an
     * adjective does not stand alone between a determiner or a name and the verb.
     */
    private void repairNounsBeforeVerbs(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token previous = tokens.get(i - 1);
            boolean inPhrase = previous.is(Pos.DET) || previous.is(Pos.PROPN) || previous.is(Pos.NOUN);
            if (token.is(Pos.ADJ) && inPhrase && tokens.get(i + 1).is(Pos.VERB) && lemmatizer.knownNoun(token.lower())) {
                tokens.set(i, token.tagged(Pos.NOUN, token.lower()));
            }
        }
    }

    private static boolean acronym(String text) {
        return text.length() >= 2 && text.chars().anyMatch(Character::isLetter)
                && text.chars().allMatch(c -> Character.isDigit(c) || Character.isLetter(c) && Character.isUpperCase(c));
    }

    /** A word the tagger called punctuation or a symbol ("Osei/PUNCT"): a name if capitalised, else a noun. */
    private static void repairWords(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if ((token.is(Pos.PUNCT) || token.is(Pos.SYM)) && Character.isLetter(token.text().charAt(0))) {
                tokens.set(i, token.tagged(token.capitalized() ? Pos.PROPN : Pos.NOUN, token.lower()));
            }
        }
    }

    /** "did not welcome": right after an auxiliary, and negation or adverbs after it. */
    private static boolean afterAuxiliary(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).is(Pos.ADV) || tokens.get(k).isAny("not", "n't"))) {
            k--;
        }
        return k >= 0 && tokens.get(k).is(Pos.AUX);
    }

    /**
     * "Osei's law firm": an "'s" the tagger read as "is" after a name or noun, before a noun phrase
     * and no verb of its own, is the possessive.
     */
    private static void repairPossessives(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.lower().equals("'s") || !token.is(Pos.AUX) || !tokens.get(i - 1).is(Pos.PROPN)
                    && !tokens.get(i - 1).is(Pos.NOUN)) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() && (tokens.get(k).is(Pos.ADJ) || tokens.get(k).is(Pos.NUM))) {
                k++;
            }
            boolean noun = k < tokens.size() && (tokens.get(k).is(Pos.NOUN) || tokens.get(k).is(Pos.PROPN));
            if (noun && k > i && tokens.get(i + 1).is(Pos.NOUN) || noun && k == i + 1) {
                tokens.set(i, token.tagged(Pos.PART, "'s"));
            }
        }
    }

    /** Part {@code part} of a contraction, with its share of the tags ("AUX+PART") and lemmas ("will+not"). */
    private Token contracted(Token token, String tags, String lemmas, int part) {
        String[] tagParts = tags.split("\\+");
        String[] lemmaParts = lemmas.split("\\+");
        if (part == 1) {
            Pos pos = tagParts.length > 1 ? Pos.of(tagParts[1]) : cliticPos(token.lower());
            String lemma = lemmaParts.length > 1 ? lemmaParts[1] : cliticLemma(token.lower(), pos);
            return token.tagged(pos, lemma);
        }
        Pos pos = Pos.of(tagParts[0]);
        String lemma = lemmaParts.length > 1 ? lemmaParts[0] : lemmatizer.lemma(token.lower(), tagParts[0]);
        return token.tagged(pos, lemma);
    }

    private static String single(String tag) {
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }

    private static Pos cliticPos(String clitic) {
        return switch (clitic) {
            case "'s", "'", "n't", "not" -> Pos.PART;
            default -> Pos.AUX;
        };
    }

    private static String cliticLemma(String clitic, Pos pos) {
        return switch (clitic) {
            case "n't", "not" -> "not";
            case "'ll" -> "will";
            case "'d" -> "would";
            case "'re", "'m" -> "be";
            case "'ve" -> "have";
            case "'s" -> pos == Pos.AUX ? "be" : "'s";
            default -> clitic;
        };
    }

    /** The model decoded greedily ({@link GreedySequenceModel}), as with a beam of one. */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_ARTIFACT);
        return new POSModel(model.getLanguage(), new GreedySequenceModel(maxent), null, model.getFactory());
    }

    private static SentenceModel loadSentenceModel() {
        try (InputStream in = resource(SENTENCE_MODEL)) {
            return new SentenceModel(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot load the sentence model " + SENTENCE_MODEL, ex);
        }
    }

    private static POSModel loadPosModel() {
        try (InputStream in = resource(POS_MODEL)) {
            return new POSModel(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot load the part-of-speech model " + POS_MODEL, ex);
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(OpenNlpTextAnalyzer.class.getResourceAsStream(name), name);
    }
}
