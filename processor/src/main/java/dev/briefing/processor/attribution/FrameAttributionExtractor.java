package dev.briefing.processor.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Quotation;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads attributions as frames around their cues ({@link CueFinder}), in the shapes news English
 * uses:
 * <ul>
 * <li>"X said (that) C", "X told reporters C", "X warned on Tuesday that C": the source before the
 * cue, the content after it (past "that", an indirect object, a time or place);</li>
 * <li>"C, X said", "'C,' said X", "'C,' she said, 'C2'": the content before the source, and what
 * follows the frame;</li>
 * <li>"..., adding that C", "and called for C": a cue without a source of its own continues the
 * sentence's last source; "X, who said C" the relative's;</li>
 * <li>"according to X, C", "X's call for C", "X expressed concern over C", "X is worried that C",
 * "X: 'C'";</li>
 * <li>a quotation over several sentences goes with the cue that closes or opens it; a paragraph
 * that is only a quotation, after one of the same speaker's, is the speaker's too; one after an
 * announcement someone made is theirs ({@link AnnouncedQuotations}).</li>
 * </ul>
 * Two attributions of the same holders in one sentence are one, unless their stances differ
 * ("condemned ... and expressed concern"). The stance is the cue's, or for a neutral cue the first of
 * {@code content-stance.tsv} that the content's words carry; negation turns support into rejection
 * and other stances into a statement. Thread-safe: immutable.
 */
public final class FrameAttributionExtractor implements AttributionExtractor {

    /** Verbs whose first object is who was told, not what: "told reporters", "assured the delegates". */
    private static final Set<String> TELLING = WordClasses.standard().of("telling");

    /** Subordinators that make what their clause says a supposition: "if", "unless". */
    private static final Set<String> HYPOTHETICAL = WordClasses.standard().of("hypothetical-subordinator");

    /** Words that may open what was said after the cue, past which the content starts. */
    private static final Set<String> OPENERS = Set.of("that", ":", ",", "about", "over", "on", "of", "for", "to", "at",
            "with", "by", "against", "regarding");

    /** Tokens after a cue within which a "that" still opens its content: "said on Tuesday in Tokyo that". */
    private static final int THAT_REACH = 10;

    /** Prepositional phrases placing the saying that content may open with: "in a statement, at a briefing". */
    private static final int MAX_ADVERBIALS = 2;

    /** Weekday names (java.time's), which may follow a cue: "..., he said Tuesday". */
    private static final Set<String> TIME_WORDS = WordClasses.standard().of("time");

    /** The relative pronoun of a clause whose subject is owned by the phrase before it. */
    private static final String WHOSE = "whose";

    /** The word of a comment clause joined on after a comma: "..., as China said it would not ...". */
    private static final String AS = "as";

    /** The preposition of an absolute construction: "with Putin saying". */
    private static final String WITH = "with";

    /** The shortest speaker label in capitals: "PENCE:", not "A:" or "Q:". */
    private static final int MIN_LABEL = 2;

    /** Dashes that sign a quotation with its speaker's name. */
    private static final Set<String> DASHES = Set.of("\u2014", "\u2015", "\u2013", "-", "--");

    private final Lexicons lexicons;

    private final CueFinder cues;

    private final SourceFinder sources;

    private final AnnouncedQuotations announced;

    private final ContentStances stances;

    public FrameAttributionExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.cues = new CueFinder(lexicons);
        this.sources = new SourceFinder(lexicons);
        this.announced = new AnnouncedQuotations(lexicons);
        this.stances = new ContentStances(lexicons);
    }

    private enum Direction {
        /** The content follows the cue. */
        FORWARD,
        /** The content comes before the source and cue, and what follows the frame. */
        BACKWARD
    }

    /** A cue with its source and the place its content starts from. */
    private record Framed(Cue cue, TokenSpan source, List<Entity> holders, Direction direction, int from,
            boolean document, boolean continues) {
    }

    @Override
    public List<Attribution> extract(ArticleDocument document, ArticleReferences references) {
        List<Attribution> found = new ArrayList<>();
        List<Entity> lastAuthors = List.of();
        for (Sentence sentence : document.sentences()) {
            if (!sentence.tagged()) {
                continue;
            }
            List<Attribution> here = SentenceAttributions.merged(SentenceAttributions.withoutChannels(sentence,
                    SentenceAttributions.nestedMerged(attributions(document, sentence, references, lastAuthors))));
            for (Attribution attribution : here) {
                if (attribution.holders().size() > 1 || lastAuthors.isEmpty()) {
                    lastAuthors = attribution.holders();
                }
            }
            lastAuthors = jointSubject(sentence, references, lastAuthors);
            found.addAll(here);
        }
        found = Quotations.continued(document, found);
        found.addAll(announced.find(document, references, found));
        found.addAll(signedQuotations(document, references, found));
        found.sort(Comparator.comparingInt(Attribution::firstSentence)
                .thenComparingInt(a -> a.content().getFirst().from()));
        return found;
    }

    private List<Attribution> attributions(ArticleDocument document, Sentence sentence, ArticleReferences references,
            List<Entity> lastAuthors) {
        List<Framed> framed = new ArrayList<>();
        for (Cue cue : cues.cues(sentence)) {
            Framed frame = frame(sentence, cue, references, lastAuthors, framed);
            if (frame != null && !documentReported(frame, framed) && !quotedOn(document, sentence, frame, framed)) {
                framed.add(frame);
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (int i = 0; i < framed.size(); i++) {
            Framed frame = framed.get(i);
            List<TokenSpan> content = content(document, sentence, frame, framed, i);
            if (speakerLabel(sentence, frame.cue())) {
                content = turn(document, sentence, content);
            }
            if (!content.isEmpty() && hasWord(document, content) && says(document, frame, content)
                    && !quotedDocument(document, frame)) {
                attributions.add(new Attribution(frame.holders(), frame.source(),
                        new TokenSpan(sentence.index(), frame.cue().from(), frame.cue().to()), content,
                        stances.of(document, sentence, frame.cue(), content), frame.document()));
            }
        }
        return attributions;
    }

    private @Nullable Framed frame(Sentence sentence, Cue cue, ArticleReferences references, List<Entity> lastAuthors,
            List<Framed> before) {
        return switch (cue.kind()) {
            case VERB -> verbFrame(sentence, cue, references, lastAuthors, before);
            case ATTITUDE, EXPRESSION -> conjoined(sentence, cue, before) ? sharedSubject(cue, before)
                    : forward(cue, sources.before(sentence, cue.from(), references, lastAuthors), contentFrom(cue));
            case NOUN -> forward(cue, sources.before(sentence, cue.head() - 1, references, lastAuthors), cue.to());
            case ACCORDING -> accordingFrame(sentence, cue, references, lastAuthors);
            case COLON -> colonFrame(sentence, cue, references, lastAuthors);
            case PASSIVE -> passiveFrame(sentence, cue, references, lastAuthors);
        };
    }

    /**
     * "She regretted that the resolution did not condemn ...": a document whose saying stands in what
     * a speaker of the sentence reports is part of what that speaker says, not a frame of its own; a
     * verb conjoined after it ("... but welcomed the demand") is the speaker's.
     */
    private static boolean documentReported(Framed frame, List<Framed> before) {
        if (!frame.document() || frame.source().isEmpty()) {
            return false;
        }
        for (Framed earlier : before) {
            if (!earlier.document() && earlier.direction() == Direction.FORWARD
                    && earlier.source().sentence() == frame.source().sentence()
                    && earlier.cue().to() <= frame.source().from()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "warned that Beijing was watching and \"learning lessons ...\"": a verb conjoined inside a
     * quotation that opens after the frame before it is the quoted words going on, not a saying of
     * its own.
     */
    private static boolean quotedOn(ArticleDocument document, Sentence sentence, Framed frame, List<Framed> before) {
        if (!frame.continues() || before.isEmpty()) {
            return false;
        }
        Quotation quotation = document.quotationAround(sentence.index(), frame.cue().from());
        Framed previous = before.getLast();
        return quotation != null && quotation.firstSentence() == sentence.index()
                && quotation.open() >= previous.cue().to() && previous.direction() == Direction.FORWARD;
    }

    /** "condemned the invasion and expressed concern": a cue conjoined to the frame before it. */
    private static boolean conjoined(Sentence sentence, Cue cue, List<Framed> before) {
        return !before.isEmpty() && cue.from() >= 1 && sentence.token(cue.from() - 1).isAny("and", "but");
    }

    /** The frame of a cue sharing the subject of the frame before it. */
    private static Framed sharedSubject(Cue cue, List<Framed> before) {
        Framed previous = before.getLast();
        return new Framed(cue, previous.source(), previous.holders(), Direction.FORWARD, contentFrom(cue),
                previous.document(), true);
    }

    /**
     * Where what a cue reports may start: after the cue; for an expression at its stance noun, which
     * names what was expressed ("expressed satisfaction with the deal"), unless a clause follows it.
     */
    private static int contentFrom(Cue cue) {
        return cue.kind() == Cue.Kind.EXPRESSION ? cue.head() : cue.to();
    }

    private static @Nullable Framed forward(Cue cue, SourceFinder.@Nullable Source source, int from) {
        return source == null ? null
                : new Framed(cue, source.span(), source.holders(), Direction.FORWARD, from, source.document(), false);
    }

    private @Nullable Framed verbFrame(Sentence sentence, Cue cue, ArticleReferences references,
            List<Entity> lastAuthors, List<Framed> before) {
        int lead = cue.from() - 1;
        String leading = lead >= 0 ? sentence.token(lead).lower() : "";
        if (leading.equals("who") && lead >= 1) {
            return forward(cue, sources.before(sentence, lead - (sentence.token(lead - 1).lower().equals(",") ? 1 : 0),
                    references, lastAuthors), cue.to());
        }
        boolean gerund = sentence.token(cue.head()).lower().endsWith("ing") && cue.from() == cue.head()
                && !absolute(sentence, cue.from());
        boolean participle = gerund && (leading.equals(",") || TIME_WORDS.contains(leading)
                || !before.isEmpty() && !sentence.token(lead).is(Pos.PRON));
        if (participle && !before.isEmpty() || conjoined(sentence, cue, before)) {
            return sharedSubject(cue, before);
        }
        if (participle) {
            SourceFinder.Source main = mainSubject(sentence, cue, references, lastAuthors);
            if (main != null && !main.document()) {
                return new Framed(cue, main.span(), main.holders(), Direction.FORWARD, cue.to(), main.document(), true);
            }
        }
        if (leading.equals("and") || leading.equals("but")) {
            SourceFinder.Source shared = predicateSubject(sentence, cue, references, lastAuthors);
            if (shared != null && !shared.document() && reportsForward(sentence, cue)) {
                return new Framed(cue, shared.span(), shared.holders(), Direction.FORWARD, cue.to(), false, true);
            }
        }
        SourceFinder.Source subject = sources.before(sentence, cue.from(), references, lastAuthors);
        if (subject != null && hypothetical(sentence, subject.span().from())) {
            return null;
        }
        if (subject != null) {
            int b = subject.span().from() - 1;
            if (cue.frame() != Lexicons.Frame.ACT && b >= 1 && closesContent(sentence, b) && !opensContent(sentence, cue.to())
                    && !adverbialBefore(sentence, b) && saysBefore(sentence, b)
                    && onlyAdjunctsAfter(sentence, cue, quotationCloses(sentence, b))) {
                return new Framed(cue, subject.span(), subject.holders(), Direction.BACKWARD, b, subject.document(),
                        false);
            }
            List<Entity> holders = subject.document() && subject.holders().isEmpty()
                    ? sources.authorsAfter(sentence, subject.span().to(), references) : subject.holders();
            return holders.isEmpty() || !reportsForward(sentence, cue) ? null
                    : new Framed(cue, subject.span(), holders, Direction.FORWARD, cue.to(), subject.document(), false);
        }
        if (cue.frame() != Lexicons.Frame.ACT && lead >= 1 && closesContent(sentence, lead)) {
            SourceFinder.Source inverted = sources.after(sentence, cue.to(), references, lastAuthors);
            if (inverted != null) {
                return new Framed(cue, inverted.span(), inverted.holders(), Direction.BACKWARD, lead,
                        inverted.document(), false);
            }
        }
        return cue.frame() != Lexicons.Frame.ACT && leadingMarks(sentence, 0, cue.from()) == cue.from()
                ? openingInversion(sentence, cue, references, lastAuthors) : null;
    }

    /**
     * "While Ramos said that ..., he ...", "Argentina, whose president has said that ..., voiced ...":
     * a frame whose source opens a subordinate or relative clause.
     */
    private static boolean subordinate(Sentence sentence, Framed frame) {
        int from = frame.source().from();
        if (frame.source().sentence() != sentence.index() || from == 0 || from > frame.cue().from()) {
            return false;
        }
        Token before = sentence.token(from - 1);
        return before.is(Pos.SCONJ) && !before.lower().equals("that") || before.lower().equals(WHOSE);
    }

    /** What a subordinate clause reports ends at the comma that closes the clause. */
    private static int clauseEnd(Sentence sentence, int start, int end) {
        for (int k = start; k < end; k++) {
            if (sentence.token(k).lower().equals(",")) {
                return trailingMarks(sentence, start, k);
            }
        }
        return end;
    }

    /**
     * "if Obama says ...", "unless the party agrees ...": a subject after a conditional subordinator
     * says nothing yet. One after a temporal, causal or concessive one ("while Ramos said that ...",
     * "when Rubio said it was great", "as the Post reported") reports what was said.
     */
    private static boolean hypothetical(Sentence sentence, int subjectFrom) {
        if (subjectFrom == 0) {
            return false;
        }
        Token before = sentence.token(subjectFrom - 1);
        return before.is(Pos.SCONJ) && HYPOTHETICAL.contains(before.lower());
    }

    /**
     * "..., with Putin saying that ...": a participle after "with" and a noun phrase has that noun
     * phrase for its subject, not the sentence's.
     */
    private static boolean absolute(Sentence sentence, int participle) {
        Chunk subject = sentence.nounPhraseEndingAt(participle);
        return subject != null && subject.from() > 0 && sentence.token(subject.from() - 1).lower().equals(WITH);
    }

    /** "Said Ellis: 'I don't get the sense ...'": a sentence that opens with the cue, its speaker after it. */
    private @Nullable Framed openingInversion(Sentence sentence, Cue cue, ArticleReferences references,
            List<Entity> lastAuthors) {
        SourceFinder.Source inverted = sources.after(sentence, cue.to(), references, lastAuthors);
        int next = inverted == null ? sentence.size() : inverted.span().to();
        if (next + 1 >= sentence.size() || !sentence.token(next).isAny(":", ",")) {
            return null;
        }
        return new Framed(cue, inverted.span(), inverted.holders(), Direction.FORWARD, next + 1, inverted.document(),
                false);
    }

    /**
     * Whether what follows the cue is what it reports: a clause or quotation for a clause verb ("noted
     * that", not "added ten names"); not an infinitive a committing verb commits to ("pledged to
     * deepen": a commitment), nor a bare object of "agree" ("agreed a text").
     */
    private boolean reportsForward(Sentence sentence, Cue cue) {
        int next = cue.to();
        Token verb = sentence.token(cue.head());
        if (cue.kind() != Cue.Kind.VERB) {
            return true;
        }
        Lexicons.CommittingVerb committing = lexicons.committingVerb(verb.lemma());
        boolean infinitive = next + 1 < sentence.size() && sentence.token(next).lower().equals("to")
                && sentence.token(next + 1).pos().verbal();
        if (committing != null && !committing.position() && infinitive) {
            return false;
        }
        if (cue.frame() == Lexicons.Frame.CLAUSE || verb.lemma().equals("agree")) {
            return clauseFollows(sentence, next);
        }
        return true;
    }

    /**
     * "that", a quotation mark, a colon or "with" within reach after the cue, or a clause with its
     * subject and verb: it reports a clause.
     */
    private static boolean clauseFollows(Sentence sentence, int from) {
        if (thatWithin(sentence, from) >= 0) {
            return true;
        }
        int k = from;
        while (k < sentence.size() && sentence.token(k).lower().equals(",")) {
            k++;
        }
        return k < sentence.size() && (sentence.token(k).quote() || sentence.token(k).isAny(":", "with", "on")
                || finiteClauseAt(sentence, k));
    }

    /**
     * "announced it had reached", "noted the talks would resume": a subject and its verb, no "that";
     * after a noun only an auxiliary says a verb follows ("agreed a text named ..." is an object).
     */
    private static boolean finiteClauseAt(Sentence sentence, int k) {
        Token first = sentence.token(k);
        boolean pronoun = first.is(Pos.PRON) && !first.isAny("its", "his", "her", "their", "our", "my", "your");
        Chunk subject = pronoun ? null : sentence.nounPhraseStartingAt(k);
        if (!pronoun && subject == null) {
            return false;
        }
        int next = pronoun ? k + 1 : subject.to();
        while (next < sentence.size() && sentence.token(next).is(Pos.ADV)) {
            next++;
        }
        if (next >= sentence.size()) {
            return false;
        }
        Token verb = sentence.token(next);
        return verb.is(Pos.AUX) || pronoun && verb.is(Pos.VERB) && !verb.lower().endsWith("ing");
    }

    /**
     * "Graham called both rivals crazy and said ...": a cue after "and" that is no frame's own shares
     * the subject of the nearest verb before it that has one.
     */
    private SourceFinder.@Nullable Source predicateSubject(Sentence sentence, Cue cue, ArticleReferences references,
            List<Entity> lastAuthors) {
        List<Chunk> chunks = sentence.chunks();
        for (int i = chunks.size() - 1; i >= 0; i--) {
            Chunk chunk = chunks.get(i);
            if (chunk.kind() == Chunk.Kind.VERB_GROUP && chunk.to() < cue.from()) {
                SourceFinder.Source subject = sources.before(sentence, chunk.from(), references, lastAuthors);
                if (subject != null) {
                    return hypothetical(sentence, subject.span().from()) ? null : subject;
                }
            }
        }
        return null;
    }

    /** "X filed a motion, arguing that ...": the subject of the sentence's first verb before the cue. */
    private SourceFinder.@Nullable Source mainSubject(Sentence sentence, Cue cue, ArticleReferences references,
            List<Entity> lastAuthors) {
        for (Chunk chunk : sentence.chunks()) {
            if (chunk.kind() == Chunk.Kind.VERB_GROUP && chunk.from() < cue.from()) {
                SourceFinder.Source subject = sources.before(sentence, chunk.from(), references, lastAuthors);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    private @Nullable Framed accordingFrame(Sentence sentence, Cue cue, ArticleReferences references,
            List<Entity> lastAuthors) {
        SourceFinder.Source source = sources.after(sentence, cue.to(), references, lastAuthors);
        if (source == null) {
            source = sources.describedAfter(sentence, cue.to(), references);
        }
        if (source == null) {
            return null;
        }
        List<Entity> holders = source.document() ? documentAuthors(sentence, source, references, lastAuthors)
                : source.holders();
        if (holders.isEmpty()) {
            return null;
        }
        if (cue.from() <= 1) {
            return new Framed(cue, source.span(), holders, Direction.FORWARD, source.span().to(), source.document(),
                    false);
        }
        return new Framed(cue, source.span(), holders, Direction.BACKWARD, cue.from(), source.document(), false);
    }

    private List<Entity> documentAuthors(Sentence sentence, SourceFinder.Source source, ArticleReferences references,
            List<Entity> lastAuthors) {
        List<Entity> after = sources.authorsAfter(sentence, source.span().to(), references);
        return !after.isEmpty() ? after : !source.holders().isEmpty() ? source.holders() : lastAuthors;
    }

    /** "The plan was criticised by Labour": the agent holds it, the subject before the verb is what. */
    private @Nullable Framed passiveFrame(Sentence sentence, Cue cue, ArticleReferences references,
            List<Entity> lastAuthors) {
        SourceFinder.Source agent = sources.after(sentence, cue.to(), references, lastAuthors);
        if (agent == null || agent.document() || cue.from() == 0) {
            return null;
        }
        return new Framed(cue, agent.span(), agent.holders(), Direction.BACKWARD, cue.from(), false, false);
    }

    /** "Kishida: 'We will ...'": a name at the head of the sentence and a colon. */
    private @Nullable Framed colonFrame(Sentence sentence, Cue cue, ArticleReferences references, List<Entity> lastAuthors) {
        SourceFinder.Source source = sources.before(sentence, cue.from(), references, lastAuthors);
        if (source == null && speakerLabel(sentence, cue)) {
            return labelledSpeaker(sentence, cue, references);
        }
        if (source == null || source.document() || source.span().from() > 1
                || source.holders().stream().anyMatch(holder -> !holder.person())) {
            return null;
        }
        return new Framed(cue, source.span(), source.holders(), Direction.FORWARD, cue.to(), false, false);
    }

    /**
     * "PENCE: Well, look, ...": a transcript's speaker label, a word in capitals alone before the
     * colon that opens the sentence.
     */
    private static boolean speakerLabel(Sentence sentence, Cue cue) {
        return cue.kind() == Cue.Kind.COLON && speakerLabel(sentence, cue.from());
    }

    static boolean speakerLabel(Sentence sentence, int colon) {
        int label = colon - 1;
        if (label < 0 || colon >= sentence.size() || !sentence.token(colon).lower().equals(":")
                || leadingMarks(sentence, 0, label) != label) {
            return false;
        }
        String word = sentence.token(label).text();
        return word.length() >= MIN_LABEL && word.chars().allMatch(Character::isUpperCase);
    }

    /** The person of the article whose surname the label is, speaking in what follows it; or null. */
    private static @Nullable Framed labelledSpeaker(Sentence sentence, Cue cue, ArticleReferences references) {
        int label = cue.from() - 1;
        String word = sentence.token(label).text();
        for (Entity person : references.people()) {
            String surname = person.name().substring(person.name().lastIndexOf(' ') + 1);
            if (surname.equalsIgnoreCase(word)) {
                return new Framed(cue, new TokenSpan(sentence.index(), label, label + 1), List.of(person),
                        Direction.FORWARD, cue.to(), false, false);
            }
        }
        return null;
    }

    /** A speaker's turn after a label: the label's sentence and the rest of its paragraph. */
    private static List<TokenSpan> turn(ArticleDocument document, Sentence sentence, List<TokenSpan> content) {
        List<TokenSpan> spans = new ArrayList<>(content);
        for (int s = sentence.index() + 1; s < document.sentences().size()
                && document.sentence(s).paragraph() == sentence.paragraph(); s++) {
            Sentence next = document.sentence(s);
            int from = leadingMarks(next, 0, next.size());
            int to = trailingMarks(next, from, next.size());
            int index = s;
            if (to > from && spans.stream().noneMatch(span -> span.sentence() == index)) {
                spans.add(new TokenSpan(s, from, to));
            }
        }
        return spans;
    }

    /** "said: ...", "said that ...", "said, “...": what the cue reports follows it. */
    private static boolean opensContent(Sentence sentence, int from) {
        if (from >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(from);
        if (next.lower().equals(":") || next.lower().equals("that") || next.quote()) {
            return true;
        }
        return next.lower().equals(",") && from + 1 < sentence.size() && sentence.token(from + 1).quote()
                || thatWithin(sentence, from) >= 0;
    }

    /**
     * "Before the afternoon session, Modi said", "On July 5, Erdogan announced": the words before the
     * comma are an adverbial of the sentence, not what was said: they open with a preposition or
     * subordinator and hold no verb of their own.
     */
    private static boolean adverbialBefore(Sentence sentence, int comma) {
        if (sentence.token(comma).quote() || comma > 0 && sentence.token(comma - 1).quote()) {
            return false;
        }
        int first = 0;
        while (first < comma && !sentence.token(first).word()) {
            first++;
        }
        if (first >= comma) {
            return false;
        }
        Token opener = sentence.token(first);
        if (!opener.is(Pos.ADP) && !opener.is(Pos.SCONJ) && !opener.is(Pos.ADV) && !opener.lower().endsWith("ing")) {
            return false;
        }
        for (int k = first + 1; k < comma; k++) {
            if (sentence.token(k).pos().verbal() && !sentence.token(k).lower().endsWith("ing")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words up to {@code end} can be what was said: they hold a verb or a quotation mark. */
    private static boolean saysBefore(Sentence sentence, int end) {
        for (int k = 0; k <= end && k < sentence.size(); k++) {
            if (sentence.token(k).pos().verbal() || sentence.token(k).quote()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only adjuncts follow the cue ("on Tuesday", "in a statement", "told reporters"), not
     * an object or clause that would be its content ("asked South Korea to step up").
     */
    private static boolean onlyAdjunctsAfter(Sentence sentence, Cue cue, boolean quoted) {
        int k = cue.to();
        if (TELLING.contains(sentence.token(cue.head()).lemma())) {
            Chunk addressee = sentence.nounPhraseStartingAt(k);
            if (addressee != null) {
                k = addressee.to();
                if (k < sentence.size() && sentence.token(k).is(Pos.VERB)) {
                    return true;
                }
            }
        }
        while (k < sentence.size()) {
            Token token = sentence.token(k);
            if (!token.word() || token.is(Pos.ADV) || token.is(Pos.NUM) || TIME_WORDS.contains(token.lower())) {
                k++;
                continue;
            }
            return token.is(Pos.ADP) || token.is(Pos.SCONJ) && !token.lower().equals("that")
                    || quoted && participleAfterComma(sentence, k);
        }
        return true;
    }

    /** A closing quotation mark at {@code k} or just before it: what was said ends there. */
    private static boolean quotationCloses(Sentence sentence, int k) {
        return sentence.token(k).quote() || k > 0 && sentence.token(k - 1).quote();
    }

    /**
     * "'...,' she said, pointing to the polls": after a quotation, a participle clause set off by a
     * comma is an adjunct of the saying, not what was said.
     */
    private static boolean participleAfterComma(Sentence sentence, int k) {
        Token token = sentence.token(k);
        return k > 0 && sentence.token(k - 1).lower().equals(",") && token.pos().verbal()
                && token.lower().endsWith("ing");
    }

    /** A comma or closing quotation mark after words: what stands before it is the content. */
    private static boolean closesContent(Sentence sentence, int k) {
        Token token = sentence.token(k);
        boolean mark = token.lower().equals(",") || token.quote() || token.lower().equals("\u2014")
                || token.lower().equals("\u2013");
        if (!mark) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (sentence.token(j).word()) {
                return true;
            }
        }
        return false;
    }

    private List<TokenSpan> content(ArticleDocument document, Sentence sentence, Framed frame, List<Framed> framed,
            int index) {
        List<TokenSpan> spans = new ArrayList<>();
        if (frame.direction() == Direction.BACKWARD) {
            spans.addAll(quotedBefore(document, sentence));
            int start = leadingMarks(sentence, 0, frame.from());
            int end = trailingMarks(sentence, start, frame.from());
            if (end > start) {
                spans.add(new TokenSpan(sentence.index(), start, end));
            }
            int after = Math.max(frame.cue().to(), frame.source().sentence() == sentence.index() ? frame.source().to() : 0);
            if (after + 1 < sentence.size() && sentence.token(after).lower().equals(",") && sentence.token(after + 1).quote()) {
                int tail = leadingMarks(sentence, after + 1, sentence.size());
                int tailEnd = end(sentence, tail, framed, index);
                if (tailEnd > tail) {
                    spans.add(new TokenSpan(sentence.index(), tail, tailEnd));
                }
            }
            return spans;
        }
        int start = contentStart(sentence, frame);
        if (!reportable(sentence, frame, start)) {
            return List.of();
        }
        int end = subordinate(sentence, frame) ? clauseEnd(sentence, start, end(sentence, start, framed, index))
                : end(sentence, start, framed, index);
        if (end <= start) {
            return frame.cue().kind() == Cue.Kind.EXPRESSION
                    ? List.of(new TokenSpan(sentence.index(), frame.cue().from(), frame.cue().to())) : List.of();
        }
        spans.add(new TokenSpan(sentence.index(), start, end));
        spans.addAll(quotedAfter(document, sentence, start));
        return spans;
    }

    /**
     * Where the content after a cue starts: past an indirect object, a time or place, "that", a colon;
     * an attitude's prepositional phrase is what it is about ("steadfast in their support for ...").
     */
    private int contentStart(Sentence sentence, Framed frame) {
        int k = frame.from();
        Cue cue = frame.cue();
        if (cue.kind() == Cue.Kind.VERB && TELLING.contains(sentence.token(cue.head()).lemma())) {
            Chunk object = sentence.nounPhraseStartingAt(k);
            if (object != null) {
                k = object.to();
            }
        }
        int that = thatWithin(sentence, k);
        if (that >= 0) {
            return that + 1;
        }
        while (k < sentence.size() && (OPENERS.contains(sentence.token(k).lower()) && k == frame.from()
                || sentence.token(k).lower().equals(":") || sentence.token(k).lower().equals(",")
                || sentence.token(k).quote())) {
            k++;
        }
        return cue.kind() == Cue.Kind.ATTITUDE ? k : pastAdverbials(sentence, k);
    }

    /**
     * Past prepositional phrases that only place the saying ("in a statement", "at a news
     * conference,") when a clause or quotation follows them.
     */
    private static int pastAdverbials(Sentence sentence, int from) {
        int k = from;
        for (int phrases = 0; phrases < MAX_ADVERBIALS && k + 1 < sentence.size() && sentence.token(k).is(Pos.ADP)
                && !sentence.token(k).lower().equals("that"); phrases++) {
            Chunk phrase = sentence.nounPhraseStartingAt(k + 1);
            if (phrase == null || phrase.to() >= sentence.size()) {
                return k;
            }
            int next = phrase.to();
            while (next < sentence.size() && (sentence.token(next).lower().equals(",") || sentence.token(next).quote())) {
                next++;
            }
            if (next >= sentence.size() || !sentence.token(next).word()) {
                return k;
            }
            k = next;
        }
        return k;
    }

    /**
     * Whether what follows the cue can be what it reports: a speech act's object ("condemned the
     * attack") is a noun phrase, not a preposition left by a relative ("what it described as ...");
     * and no content opens with a subordinator ("said, when asked ..."), unless "that", a colon or
     * a quotation mark opens it first ("said that because ...", "said, 'When people ...'").
     */
    private static boolean reportable(Sentence sentence, Framed frame, int start) {
        if (start >= sentence.size()) {
            return false;
        }
        Token first = sentence.token(start);
        Token before = start > 0 ? sentence.token(start - 1) : first;
        boolean opened = before.quote() || before.lower().equals("that") || before.lower().equals(":");
        if (!opened && (first.is(Pos.SCONJ) && !first.lower().equals("that") || first.isAny("when", "while", "as"))) {
            return false;
        }
        return frame.cue().frame() != Lexicons.Frame.ACT || frame.cue().kind() != Cue.Kind.VERB || !first.is(Pos.ADP)
                || frame.cue().to() > frame.cue().head() + 1;
    }

    /** A "that" opening a clause within a few tokens, with only a time, place or addressee before it. */
    private static int thatWithin(Sentence sentence, int from) {
        for (int k = from; k < sentence.size() && k - from <= THAT_REACH; k++) {
            Token token = sentence.token(k);
            if (token.lower().equals("that") && (token.is(Pos.SCONJ) || k == from)) {
                return k;
            }
            boolean adjunct = token.is(Pos.ADP) || token.is(Pos.DET) || token.is(Pos.NOUN) || token.is(Pos.PROPN)
                    || token.isAny("his", "her", "its", "their", "our")
                    || token.is(Pos.NUM) || token.is(Pos.ADJ) || token.lower().equals(",") || token.is(Pos.PART)
                    || token.is(Pos.ADV);
            if (!adjunct) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of a content starting at {@code start}: the sentence's, where a continuing cue takes over,
     * or where a frame that reports what came before it stands ("... a new ceasefire,\" the statement
     * concludes").
     */
    private static int end(Sentence sentence, int start, List<Framed> framed, int index) {
        int end = sentence.size();
        for (int k = start; k < end; k++) {
            if (sentence.token(k).lower().equals(";") || withoutDoing(sentence, k)) {
                end = k;
            }
        }
        for (int j = index + 1; j < framed.size(); j++) {
            Framed next = framed.get(j);
            if (next.continues() && next.cue().from() > start) {
                end = beforeJoint(sentence, start, next.cue().from());
                break;
            }
            int frameStart = Math.min(next.cue().from(), next.source().from());
            if (next.direction() == Direction.BACKWARD && frameStart > start) {
                end = Math.min(end, frameStart);
                break;
            }
            int joint = frameStart > start ? jointBefore(sentence, start, frameStart) : -1;
            if (next.direction() == Direction.FORWARD && joint > start) {
                end = Math.min(end, joint);
                break;
            }
        }
        return trailingMarks(sentence, start, end);
    }

    /**
     * "..., while Modi said ...", "..., but the minister said ...", "..., as China said ...", "...; X
     * said ...": where the content before a frame of its own ends, at the comma before the words that
     * join the frame on or at a semicolon; -1 where the frame is not joined so (it may be what was
     * said: "said Xi told him ...").
     */
    private static int jointBefore(Sentence sentence, int start, int frameStart) {
        int k = frameStart - 1;
        while (k > start && joining(sentence.token(k))) {
            k--;
        }
        String mark = sentence.token(k).lower();
        boolean joinedByWords = k < frameStart - 1 && mark.equals(",");
        return k > start && (joinedByWords || mark.equals(";")) ? k : -1;
    }

    /** A word that joins a clause on: a subordinator, a coordinator, or "as". */
    private static boolean joining(Token token) {
        return token.is(Pos.SCONJ) || token.is(Pos.CCONJ) || token.lower().equals(AS);
    }

    /** "..., without explaining how": an adjunct of the saying after a comma, not what was said. */
    private static boolean withoutDoing(Sentence sentence, int k) {
        return sentence.token(k).lower().equals(",") && CueFinder.withoutParticiple(sentence, k + 1);
    }

    /**
     * Where a content ends before a continuing cue: before the comma or conjunction that joins the
     * cue on ("..., saying", "... and added"), or right before the cue where nothing does ("supported
     * the decision saying ...").
     */
    private static int beforeJoint(Sentence sentence, int start, int cue) {
        int k = cue;
        while (k > start + 1 && (!sentence.token(k - 1).word() || sentence.token(k - 1).is(Pos.CCONJ))) {
            k--;
        }
        return k;
    }

    static int leadingMarks(Sentence sentence, int from, int to) {
        int k = from;
        while (k < to && !sentence.token(k).word()) {
            k++;
        }
        return k;
    }

    static int trailingMarks(Sentence sentence, int from, int to) {
        int k = to;
        while (k > from && !sentence.token(k - 1).word() && !sentence.token(k - 1).lower().equals("%")) {
            k--;
        }
        return k;
    }

    /** The earlier sentences of a quotation that runs into this one: "'... tomorrow. So we must ...,' he said". */
    private static List<TokenSpan> quotedBefore(ArticleDocument document, Sentence sentence) {
        Quotation quotation = document.quotationAround(sentence.index(), 0);
        if (quotation == null) {
            quotation = document.quotationAround(sentence.index(), 1);
        }
        List<TokenSpan> spans = new ArrayList<>();
        if (quotation == null || quotation.firstSentence() >= sentence.index()) {
            return spans;
        }
        for (int s = quotation.firstSentence(); s < sentence.index(); s++) {
            Sentence earlier = document.sentence(s);
            int from = s == quotation.firstSentence() ? quotation.open() + 1 : 0;
            int to = trailingMarks(earlier, from, earlier.size());
            if (to > from) {
                spans.add(new TokenSpan(s, from, to));
            }
        }
        return spans;
    }

    /** The later sentences of a quotation the content opens: "X said: 'We will ... . And we ...'". */
    private static List<TokenSpan> quotedAfter(ArticleDocument document, Sentence sentence, int start) {
        List<TokenSpan> spans = new ArrayList<>();
        Quotation quotation = document.quotationAround(sentence.index(), Math.min(start, sentence.size() - 1));
        if (quotation == null || quotation.lastSentence() <= sentence.index()) {
            return spans;
        }
        for (int s = sentence.index() + 1; s <= quotation.lastSentence(); s++) {
            Sentence later = document.sentence(s);
            int to = s == quotation.lastSentence() ? Math.min(quotation.close(), later.size()) : later.size();
            int end = trailingMarks(later, 0, to);
            if (end > 0) {
                spans.add(new TokenSpan(s, 0, end));
            }
        }
        return spans;
    }

    /**
     * "The message is clear: ...", inside a speaker's quotation: a statement noun there is the
     * speaker's own word, not a document of the last authors the article named.
     */
    private static boolean quotedDocument(ArticleDocument document, Framed frame) {
        return frame.document() && document.quoted(frame.source().sentence(), frame.source().from());
    }

    /**
     * Whether a speech verb's content says something: it holds a verb or a quotation ("on Friday",
     * "in a statement", "this at a briefing" alone do not).
     * A speech act's object ("condemned the attack"), and the object of a verb with a stance of its
     * own of concern ("farmers fear the competition"), say what they are about by themselves.
     */
    private static boolean says(ArticleDocument document, Framed frame, List<TokenSpan> content) {
        if (frame.cue().frame() == Lexicons.Frame.ACT || frame.cue().frame() == Lexicons.Frame.EMPHASIS
                || frame.cue().kind() == Cue.Kind.EXPRESSION
                || frame.cue().kind() == Cue.Kind.NOUN || frame.cue().kind() == Cue.Kind.PASSIVE
                || frame.cue().kind() == Cue.Kind.ACCORDING || frame.cue().stance() == Stance.CONCERN) {
            return true;
        }
        for (TokenSpan span : content) {
            Sentence spanSentence = document.sentence(span.sentence());
            for (int k = span.from(); k < span.to(); k++) {
                if (spanSentence.token(k).pos().verbal() || document.quoted(span.sentence(), k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasWord(ArticleDocument document, List<TokenSpan> content) {
        for (TokenSpan span : content) {
            Sentence sentence = document.sentence(span.sentence());
            for (int k = span.from(); k < span.to(); k++) {
                if (sentence.token(k).word()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Kishida and Stoltenberg met ...": a coordinated subject is who a later "joint statement" speaks for. */
    private List<Entity> jointSubject(Sentence sentence, ArticleReferences references, List<Entity> lastAuthors) {
        for (Chunk chunk : sentence.chunks()) {
            if (chunk.kind() == Chunk.Kind.VERB_GROUP) {
                SourceFinder.Source subject = sources.before(sentence, chunk.from(), references, List.of());
                if (subject != null && subject.holders().size() > 1) {
                    return subject.holders();
                }
            }
        }
        return lastAuthors;
    }

    /**
     * A quotation signed with a dash and a name after its closing mark ("'We are afraid.' ― Ana
     * Lopez", "'...' — Kwesi Mensah, a union leader"): the named source's, when no cue of its own
     * attributes it.
     */
    private List<Attribution> signedQuotations(ArticleDocument document, ArticleReferences references,
            List<Attribution> found) {
        List<Attribution> signed = new ArrayList<>();
        for (Quotation quotation : document.quotations()) {
            if (!quotation.closed() || Quotations.covered(found, quotation, List.of())) {
                continue;
            }
            Sentence last = document.sentence(quotation.lastSentence());
            int dash = quotation.close() + 1;
            if (dash >= last.size() && last.index() + 1 < document.sentences().size()
                    && document.sentence(last.index() + 1).paragraph() == last.paragraph()) {
                last = document.sentence(last.index() + 1);
                dash = 0;
            }
            if (dash + 1 >= last.size() || !DASHES.contains(last.token(dash).lower())) {
                continue;
            }
            Mention signer = references.mentions().startingAt(last.index(), dash + 1);
            List<Entity> holders = signer == null ? List.of() : references.of(signer);
            List<TokenSpan> content = Quotations.quoted(document, quotation);
            if (holders.isEmpty() || content.isEmpty() || !onlyDescriptionAfter(last, signer.to())) {
                continue;
            }
            TokenSpan cue = new TokenSpan(last.index(), dash, dash + 1);
            signed.add(new Attribution(holders, new TokenSpan(last.index(), dash + 1, signer.to()), cue, content,
                    stances.ofContent(document, content), false));
        }
        return signed;
    }

    /** Whether the sentence ends after {@code from}, or goes on only with a description after a comma. */
    private static boolean onlyDescriptionAfter(Sentence sentence, int from) {
        if (from < sentence.size() && sentence.token(from).word()) {
            return false;
        }
        for (int k = from; k < sentence.size(); k++) {
            if (sentence.token(k).pos().verbal() && !sentence.token(k).is(Pos.AUX)) {
                return false;
            }
        }
        return true;
    }

}
