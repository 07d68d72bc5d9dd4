package dev.briefing.processor.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.attribution.Attribution;
import dev.briefing.processor.attribution.SourceFinder;
import dev.briefing.processor.attribution.TokenSpan;
import dev.briefing.processor.coreference.ArticleReferences;
import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.mention.CountryExtractor;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.MentionKind;
import dev.briefing.processor.reference.Gender;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Strength;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads commitments as clauses whose subject is an actor and whose verb group commits it:
 * <ul>
 * <li>a modal of the future ("will", "shall", "would", "'ll"; "may", "could" only in reported
 * speech) before a verb that does something ({@code idle-verbs.tsv} lists those that do not: "will
 * be", "will face"), or a passive whose agent the reporting source implies ("troops would be
 * sent");</li>
 * <li>a committing verb with an infinitive ("pledged to deepen", "plans to raise", "agreed not to
 * attack"; {@code committing-verbs.tsv}) or a gerund ("is considering sending");</li>
 * <li>"be" or another copula with a committing adjective ("is ready to", "appears determined to")
 * or a committing noun with an infinitive ("its decision to", "announced plans to");</li>
 * <li>a sum of money pledged by a verb or a noun ("pledged $20 million in aid", "a pledge worth
 * $300 million from Kuwait"), whose action reads "provide ...";</li>
 * </ul>
 * Reported ones ("X said Y would Z") are Y's, stated by X; "we" and "I" in what someone said are
 * the speaker's country or organisation, or the speaker. The strength is the verb group's (a hedge
 * makes it tentative, a condition in the sentence conditional); the action runs from the verb to the
 * clause's end, without the reporting frame, references resolved ("the alliance": NATO); a verb
 * coordinated with an earlier one takes that one's subject ("responded and promised to"); a passive
 * without agent in what is said is the speaker's side's; the
 * timeframe is read by {@link TimeframeReader}. Questions, indirect ones too ("would not say
 * whether"), demands on others ("called on Y to") and future speech acts ("will urge") are not
 * commitments. Thread-safe: immutable.
 */
public final class ClauseCommitmentExtractor implements CommitmentExtractor {

    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our");

    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my");

    /** Possessives whose owner the action names ("its dealings" as "Japan's dealings"); "it" itself is often no entity. */
    private static final Set<String> RESOLVED_PRONOUNS = Set.of("its", "their");

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my");

    private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she");

    /** The pronoun by which a country or organisation may speak of itself in reported speech. */
    private static final String PLURAL_SUBJECT = "they";

    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");

    private static final Set<String> COUNTRY_NOUNS = WordClasses.standard().of("country-noun");

    private static final Set<String> READY_VERBS = WordClasses.standard().of("ready");

    private static final Set<String> TIME_WORDS = WordClasses.standard().of("time");

    private static final Set<String> INDIRECT_QUESTIONS = WordClasses.standard().of("indirect-question");

    /** The words that open a time adjunct before its time word: "on Tuesday", "next week". */
    private static final Set<String> TIME_OPENERS = Set.of("on", "at", "this", "last", "next", "early", "late");

    /** What a pledged sum commits its giver to, as the action reads it: "provide $300 million in aid". */
    private static final String SUM_ACTION = "provide";

    /** Who gives a pledged sum, after it: "from Kuwait". */
    private static final String GIVER = "from";

    /** The words that coordinate a second verb group with the first one's subject: "responded and promised". */
    private static final Set<String> VERB_COORDINATORS = Set.of("and", "but");

    /** Tokens that close the clause a coordinated verb group looks back through for its subject. */
    private static final Set<String> CLAUSE_BOUNDS = Set.of(",", ";", ":", "that", "which", "who");

    private static final Set<String> COPULAS = WordClasses.standard().of("copula");

    private static final Set<String> INSTRUCTING = WordClasses.standard().of("instructing");

    private static final Set<String> DOING_WITH_OBJECT = WordClasses.standard().of("doing-with-object");

    private static final Set<String> CAUSATIVES = WordClasses.standard().of("causative");

    private static final Set<String> AUXILIARIES = WordClasses.standard().of("auxiliary");

    private final Lexicons lexicons;

    private final CommitmentWords words = CommitmentWords.standard();

    private final SourceFinder subjects;

    private final ModifiedSubjects modified;

    private final CountryExtractor countries;

    private final TimeframeReader timeframes = new TimeframeReader();

    public ClauseCommitmentExtractor(Lexicons lexicons, CountryExtractor countries) {
        this.lexicons = lexicons;
        this.subjects = new SourceFinder(lexicons);
        this.modified = new ModifiedSubjects(subjects);
        this.countries = countries;
    }

    /**
     * What commits, where: the verb group's start, the action's first token, how firmly; the
     * action's end where the frame itself bounds it ("a pledge of $300 million from Kuwait"), else -1.
     */
    private record Frame(int from, int actionFrom, Strength strength, boolean negated, boolean passive,
            boolean reportedOnly, int noun, int actionTo) {

        Frame(int from, int actionFrom, Strength strength, boolean negated, boolean passive, boolean reportedOnly,
                int noun) {
            this(from, actionFrom, strength, negated, passive, reportedOnly, noun, -1);
        }

        /** Whether the frame commits a sum of money, the only frames that bound their action. */
        boolean sum() {
            return actionTo >= 0;
        }
    }

    @Override
    public List<Pledge> extract(ArticleDocument document, ArticleReferences references, List<Attribution> attributions) {
        List<Pledge> pledges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            if (!sentence.tagged() || question(sentence)) {
                continue;
            }
            for (int k = 0; k < sentence.size(); k++) {
                Frame frame = frame(sentence, k);
                if (frame == null || indirectQuestion(sentence, frame.from())) {
                    continue;
                }
                Pledge pledge = pledge(document, references, attributions, sentence, frame);
                if (pledge != null && seen.add(pledge.commitment().actors() + "\u0000" + pledge.commitment().action())) {
                    pledges.add(pledge);
                }
            }
        }
        return pledges;
    }

    private @Nullable Frame frame(Sentence sentence, int k) {
        Token token = sentence.token(k);
        if (token.is(Pos.AUX) && words.modal(token.lemma()) != null) {
            return modalFrame(sentence, k, words.modal(token.lemma()));
        }
        if (token.is(Pos.VERB) && !afterModal(sentence, k)) {
            Lexicons.CommittingVerb verb = lexicons.committingVerb(token.lemma());
            if (verb != null && !verb.position() || verb != null && token.lemma().equals("threaten")) {
                return verbFrame(sentence, k, verb.strength());
            }
        }
        if (token.is(Pos.VERB) && !afterModal(sentence, k) && INSTRUCTING.contains(token.lemma())) {
            return instructionFrame(sentence, k);
        }
        Strength adjective = words.adjective(token.lower()) != null ? words.adjective(token.lower())
                : words.adjective(token.lemma());
        if ((token.is(Pos.ADJ) || token.is(Pos.VERB)) && adjective != null) {
            return adjectiveFrame(sentence, k, adjective);
        }
        if (committingNoun(sentence, k)) {
            return nounFrame(sentence, k, words.noun(token.lemma()));
        }
        return null;
    }

    /** "will establish", "would not join", "will consider", "will be welcoming", "would be sent", would "continue". */
    private @Nullable Frame modalFrame(Sentence sentence, int k, Strength modal) {
        boolean tentativeModal = modal == Strength.TENTATIVE;
        int j = k + 1;
        boolean negated = false;
        boolean hedged = false;
        while (j < sentence.size() && (sentence.token(j).is(Pos.ADV) || sentence.token(j).negation()
                || sentence.token(j).quote() && j + 1 < sentence.size() && sentence.token(j + 1).is(Pos.VERB))) {
            negated |= sentence.token(j).negation();
            hedged |= words.hedge(sentence.token(j).lower());
            j++;
        }
        if (j >= sentence.size()) {
            return null;
        }
        Strength strength = hedged ? Strength.TENTATIVE : modal;
        int from = verbGroupStart(sentence, k);
        Token next = sentence.token(j);
        if (next.lemma().equals("be")) {
            int after = skipAdverbs(sentence, j + 1);
            if (after >= sentence.size()) {
                return null;
            }
            Token predicate = sentence.token(after);
            Strength ready = words.adjective(predicate.lemma());
            if (ready != null && after + 2 < sentence.size() && sentence.token(after + 1).lower().equals("to")
                    && sentence.token(after + 2).is(Pos.VERB)) {
                return new Frame(from, after + 2, hedged ? Strength.TENTATIVE : ready, negated, false, tentativeModal, -1);
            }
            if (predicate.is(Pos.VERB) && predicate.lower().endsWith("ing") && doing(predicate)) {
                return new Frame(from, after, strength, negated, false, tentativeModal, -1);
            }
            if (predicate.is(Pos.VERB) && !predicate.lower().endsWith("ing") && byAgent(sentence, after + 1) > 0) {
                return new Frame(from, after, strength, negated, true, false, -1);
            }
            if (predicate.is(Pos.VERB) && !predicate.lower().endsWith("ing") && doing(predicate) && strength == Strength.FIRM) {
                return new Frame(from, after, strength, negated, true, true, -1);
            }
            return null;
        }
        if (!next.is(Pos.VERB)) {
            return null;
        }
        Lexicons.CommittingVerb committing = lexicons.committingVerb(next.lemma());
        if (committing != null) {
            int infinitive = infinitiveAfter(sentence, j + 1);
            if (committing.strength() == Strength.TENTATIVE) {
                return new Frame(from, j, Strength.TENTATIVE, negated, false, tentativeModal, -1);
            }
            if (infinitive > 0) {
                return new Frame(from, infinitive, strongest(strength, committing.strength()), negated, false,
                        tentativeModal, -1);
            }
        }
        return doing(next) || deedWithObject(sentence, j) || causative(sentence, j)
                ? new Frame(from, j, strength, negated, false, tentativeModal, -1) : null;
    }

    /** "pledged to deepen", "agreed not to attack", "is considering sending", "agreed on the unblocking". */
    private @Nullable Frame verbFrame(Sentence sentence, int k, Strength strength) {
        int j = skipAdverbs(sentence, k + 1);
        boolean negated = false;
        if (j < sentence.size() && sentence.token(j).negation()) {
            negated = true;
            j = skipAdverbs(sentence, j + 1);
        }
        j = skipTimeAdjunct(sentence, j);
        int from = verbGroupStart(sentence, k);
        if (sentence.negatedBetween(from, k) || sentence.token(k).lower().endsWith("ing") && from == k) {
            return null;
        }
        int infinitive = infinitiveAfter(sentence, j);
        if (infinitive > 0) {
            int action = strength == Strength.TENTATIVE ? k : infinitive;
            return new Frame(from, action, strength, negated, false, false, -1);
        }
        if (j < sentence.size() && sentence.token(j).is(Pos.VERB) && sentence.token(j).lower().endsWith("ing")
                && strength == Strength.TENTATIVE) {
            return new Frame(from, k, strength, negated, false, false, -1);
        }
        if (strength == Strength.FIRM && j < sentence.size() && PledgedSums.follows(sentence, j)) {
            return new Frame(from, j, strength, negated, false, false, -1, PledgedSums.end(sentence, j));
        }
        boolean agreedOn = sentence.token(k).lemma().equals("agree") && j + 1 < sentence.size()
                && sentence.token(j).isAny("on", "to") && sentence.nounPhraseStartingAt(j + 1) != null;
        if (agreedOn) {
            return new Frame(from, j + 1, strength, negated, false, false, -1);
        }
        return null;
    }

    /**
     * "We have tasked our ministers to draft a plan", "instructed the agency to prepare": a decision
     * that the subject's own people act, firm, its action the instruction as given.
     */
    private static @Nullable Frame instructionFrame(Sentence sentence, int k) {
        int from = verbGroupStart(sentence, k);
        if (sentence.negatedBetween(from, k) || sentence.token(k).lower().endsWith("ing")) {
            return null;
        }
        Chunk object = sentence.nounPhraseStartingAt(k + 1);
        if (object == null || infinitiveAfter(sentence, object.to()) < 0) {
            return null;
        }
        return new Frame(from, k, Strength.FIRM, false, false, false, -1);
    }

    /**
     * "is ready to", "stand ready to", "are set to", "appear determined to", "was \"determined to";
     * not what will merely happen to the subject ("was going to become president").
     */
    private @Nullable Frame adjectiveFrame(Sentence sentence, int k, Strength strength) {
        int infinitive = infinitiveAfter(sentence, pastCoordinatedAdjective(sentence, k + 1));
        if (infinitive < 0 || idleInfinitive(sentence.token(infinitive))) {
            return null;
        }
        int j = k - 1;
        while (j >= 0 && (sentence.token(j).is(Pos.ADV) || sentence.token(j).quote())) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        Token copula = sentence.token(j);
        boolean linked = copula.pos().verbal() && (COPULAS.contains(copula.lemma()) || READY_VERBS.contains(copula.lemma()));
        if (!linked || words.modal(copula.lemma()) != null) {
            return null;
        }
        int from = verbGroupStart(sentence, j);
        return new Frame(from, infinitive, strength, sentence.negatedBetween(from, k), false, false, -1);
    }

    /**
     * A committing noun: tagged a noun, or, after a determiner or a possessive, a name or an
     * adjective the tagger misread ("a Pledge", "his country's keenness").
     */
    private boolean committingNoun(Sentence sentence, int k) {
        Token token = sentence.token(k);
        if (words.noun(token.lemma()) == null) {
            return false;
        }
        if (token.is(Pos.NOUN)) {
            return true;
        }
        Token before = k > 0 ? sentence.token(k - 1) : null;
        boolean determined = before != null && (before.is(Pos.DET) || before.lower().equals("'s")
                || POSSESSIVES.contains(before.lower()));
        return determined && (token.is(Pos.PROPN) || token.is(Pos.ADJ));
    }

    /** "its decision to", "announced plans to", "Japan's pledge to", "a pledge of $192 million". */
    private @Nullable Frame nounFrame(Sentence sentence, int k, Strength strength) {
        int infinitive = infinitiveAfter(sentence, k + 1);
        if (infinitive >= 0) {
            return new Frame(k, infinitive, strength, false, false, false, k);
        }
        int sum = strength == Strength.FIRM ? PledgedSums.afterNoun(sentence, k) : -1;
        return sum < 0 ? null : new Frame(k, sum, strength, false, false, false, k, PledgedSums.end(sentence, sum));
    }

    private @Nullable Pledge pledge(ArticleDocument document, ArticleReferences references,
            List<Attribution> attributions, Sentence sentence, Frame frame) {
        Attribution said = attributionAround(attributions, sentence.index(), frame.from());
        if (frame.reportedOnly() && said == null) {
            return null;
        }
        List<Actor> actors = actors(sentence, frame, references, said);
        if (actors.isEmpty()) {
            return null;
        }
        int end = frame.actionTo() >= 0 ? frame.actionTo() : actionEnd(sentence, frame, said, attributions);
        int actionFrom = frame.passive() ? Math.max(passiveSubjectStart(sentence, frame), contentStart(sentence, frame, said))
                : frame.actionFrom();
        if (end <= actionFrom) {
            return null;
        }
        String action = baseForm(sentence, actionFrom, action(document, references, sentence, actionFrom, end));
        if (action.isBlank()) {
            return null;
        }
        if (frame.sum()) {
            action = SUM_ACTION + " " + action;
        }
        if (frame.negated() && !frame.passive()) {
            action = "not " + action;
        }
        Strength strength = conditional(sentence, end) ? Strength.CONDITIONAL : frame.strength();
        LocalDate published = document.metadata().published();
        TimeframeReader.Timeframe timeframe = timeframes.read(sentence.tokens(), Math.max(0, frame.from() - 1), end,
                document.text(), published);
        Actor statedBy = said == null ? null : said.holders().getFirst().actor();
        if (statedBy != null && actors.contains(statedBy)) {
            statedBy = null;
        }
        Commitment commitment = new Commitment(actors, statedBy, action, strength,
                timeframe == null ? null : timeframe.text(), timeframe == null ? null : timeframe.date(),
                document.text(sentence), sentence.start(), sentence.end());
        return new Pledge(commitment, new TokenSpan(sentence.index(), frame.from(), frame.actionFrom()));
    }

    private List<Actor> actors(Sentence sentence, Frame frame, ArticleReferences references,
            @Nullable Attribution said) {
        if (frame.passive()) {
            int by = byAgent(sentence, frame.actionFrom() + 1);
            if (by < 0) {
                return impliedAgents(said);
            }
            SourceFinder.Source agent = subjects.after(sentence, by, references, List.of());
            if (agent == null) {
                return bodiesOfAgent(sentence, by, references);
            }
            return agent.document() ? List.of() : actorsOf(agent.holders());
        }
        if (frame.noun() >= 0) {
            return nounActors(sentence, frame, references, said);
        }
        int subject = frame.from() - 1;
        while (subject >= 0 && sentence.token(subject).is(Pos.ADV)) {
            subject--;
        }
        if (subject >= 0 && firstPerson(sentence.token(subject))) {
            return speakerActors(sentence.token(subject), said);
        }
        List<Actor> reportedSelf = subject >= 0 ? reportedSelf(sentence, subject, references, said) : List.of();
        if (!reportedSelf.isEmpty()) {
            return reportedSelf;
        }
        SourceFinder.Source source = subjects.before(sentence, frame.from(), references, List.of());
        if (source == null) {
            source = conjoinedSubject(sentence, frame.from(), references);
        }
        if (source == null || source.document()) {
            return ownedActors(sentence, frame.from(), references);
        }
        source = modified.head(sentence, source, references);
        if (source == null) {
            return List.of();
        }
        if (complementOfThing(sentence, source.span())) {
            return List.of();
        }
        if (subject >= 0 && sentence.token(subject).isAny("it", "its")
                && source.holders().stream().anyMatch(entity -> entity.type() != ActorType.ORGANIZATION)) {
            boolean speakerItself = said != null && !said.holders().getFirst().person();
            return speakerItself ? actorsOf(said.holders()) : List.of();
        }
        return actorsOf(source.holders());
    }

    /**
     * "Zelensky said he will ...", "Putin said his country intends to ...", "Russia stated that they
     * would ...": a subject that points back to the speaker of the same sentence is the speaker, or
     * the speaker's country, whichever person the pronoun might otherwise reach for; none when it is
     * no such subject.
     */
    private List<Actor> reportedSelf(Sentence sentence, int subject, ArticleReferences references,
            @Nullable Attribution said) {
        Token head = sentence.token(subject);
        if (head.lower().equals(PLURAL_SUBJECT) && bodySpeakingBefore(sentence, subject, said)) {
            return actorsOf(said.holders());
        }
        if (PERSONAL_SUBJECTS.contains(head.lower())) {
            Entity speaker = speakerInSentence(sentence, subject, head, said);
            return speaker == null ? List.of() : List.of(speaker.actor());
        }
        if (subject == 0 || !COUNTRY_NOUNS.contains(head.lemma()) || !head.is(Pos.NOUN)) {
            return List.of();
        }
        Token possessive = sentence.token(subject - 1);
        if (!PERSONAL_POSSESSIVES.contains(possessive.lower())) {
            return List.of();
        }
        Entity owner = speakerInSentence(sentence, subject - 1, possessive, said);
        List<Entity> owners = owner != null ? List.of(owner) : references.pronoun(sentence.index(), subject - 1);
        return owners.size() == 1 ? countryOf(owners.getFirst()) : List.of();
    }

    /**
     * "The Russian Federation stated that they would continue ...": a country or organisation that
     * says, in the same sentence before the pronoun, what "they" will do, speaks of itself.
     */
    private static boolean bodySpeakingBefore(Sentence sentence, int pronoun, @Nullable Attribution said) {
        return said != null && said.holders().size() == 1 && !said.holders().getFirst().person()
                && said.holders().getFirst().type() != ActorType.GROUP && said.source().sentence() == sentence.index()
                && said.source().to() <= pronoun && said.source().from() < said.source().to();
    }

    /** The person who said the sentence's content, named before the pronoun in it, when the pronoun can be them. */
    private static @Nullable Entity speakerInSentence(Sentence sentence, int pronoun, Token token,
            @Nullable Attribution said) {
        if (said == null || said.holders().size() != 1 || said.source().sentence() != sentence.index()
                || said.source().to() > pronoun || said.source().from() == said.source().to()) {
            return null;
        }
        Entity speaker = said.holders().getFirst();
        Gender gender = token.lower().startsWith("s") || token.lower().startsWith("her") ? Gender.FEMALE : Gender.MALE;
        return speaker.person() && (speaker.gender() == null || speaker.gender() == gender) ? speaker : null;
    }

    private List<Actor> countryOf(Entity owner) {
        if (owner.type() == ActorType.COUNTRY) {
            return List.of(owner.actor());
        }
        String code = owner.country();
        return code == null ? List.of() : List.of(new Actor(countries.name(code), ActorType.COUNTRY, code, null));
    }

    /**
     * "The ministry responded and promised to ...", "Zelensky did not attend but is scheduled to
     * ...": the subject of the verb group that the committing one is coordinated with, in the
     * same clause; null when none is.
     */
    private SourceFinder.@Nullable Source conjoinedSubject(Sentence sentence, int from, ArticleReferences references) {
        if (from < 2 || !VERB_COORDINATORS.contains(sentence.token(from - 1).lower())) {
            return null;
        }
        for (int j = from - 2; j >= 0; j--) {
            Token token = sentence.token(j);
            if (CLAUSE_BOUNDS.contains(token.lower())) {
                return null;
            }
            if (token.is(Pos.VERB)) {
                int start = verbGroupStart(sentence, j);
                SourceFinder.Source source = subjects.before(sentence, start, references, List.of());
                return source != null ? source : conjoinedSubject(sentence, start, references);
            }
        }
        return null;
    }

    /**
     * "a ceasefire with Hezbollah would allow ...", "the deal with Kenya will cut ...": an actor
     * named in the complement of a thing is not the subject, the thing is, and what a thing will do
     * is a prediction, not a commitment; "the delegations of Ghana and Togo will meet" are people.
     */
    private boolean complementOfThing(Sentence sentence, TokenSpan source) {
        int link = source.from() - 1;
        if (link < 1 || !sentence.token(link).is(Pos.ADP)) {
            return false;
        }
        Token head = sentence.token(link - 1);
        return head.is(Pos.NOUN) && lexicons.sourceNoun(head.lemma()) == null;
    }

    /** "The new strategy includes plans to ...": the owner the reference layer knows for a described thing. */
    private List<Actor> ownedActors(Sentence sentence, int verb, ArticleReferences references) {
        Chunk subject = sentence.nounPhraseEndingAt(verb);
        if (subject == null) {
            int k = verb - 1;
            while (k >= 0 && !sentence.token(k).pos().nominal()) {
                k--;
            }
            subject = k >= 0 ? sentence.chunkAt(k, Chunk.Kind.NOUN_PHRASE) : null;
        }
        if (subject == null || ModifiedSubjects.modifiedEnd(sentence, subject.from()) > 0) {
            return List.of();
        }
        return actorsOf(references.owner(sentence.index(), subject.from()));
    }

    /** The entities that can commit: people, countries, organisations, and bodies or affiliated groups. */
    private List<Actor> actorsOf(List<Entity> entities) {
        return distinct(entities.stream().filter(ActingGroups::canAct).toList());
    }

    /**
     * The possessor of a committing noun ("Japan's plan", "its decision", "his country's keenness":
     * the country of whom "his" stands for) or the subject that announces it.
     */
    private List<Actor> nounActors(Sentence sentence, Frame frame, ArticleReferences references, @Nullable Attribution said) {
        int noun = frame.noun();
        Chunk phrase = sentence.chunkAt(noun, Chunk.Kind.NOUN_PHRASE);
        int start = phrase != null ? phrase.from() : noun;
        for (int k = noun - 1; k >= start; k--) {
            Token token = sentence.token(k);
            if (token.lower().equals("'s")) {
                List<Actor> ownCountry = k > 0 ? reportedSelf(sentence, k - 1, references, said) : List.of();
                if (!ownCountry.isEmpty()) {
                    return ownCountry;
                }
                SourceFinder.Source possessor = subjects.before(sentence, k, references, List.of());
                return possessor == null ? List.of() : actorsOf(possessor.holders());
            }
            if (POSSESSIVES.contains(token.lower())) {
                if (firstPerson(token)) {
                    return speakerActors(token, said);
                }
                return actorsOf(references.pronoun(sentence.index(), k));
            }
        }
        List<Actor> owned = actorsOf(references.owner(sentence.index(), start));
        if (!owned.isEmpty()) {
            return owned;
        }
        List<Actor> giver = giver(sentence, frame, references);
        if (!giver.isEmpty()) {
            return giver;
        }
        int verb = start - 1;
        if (verb < 0 || !sentence.token(verb).pos().verbal() || !announces(sentence.token(verb))) {
            return List.of();
        }
        SourceFinder.Source subject = subjects.before(sentence, verbGroupStart(sentence, verb), references, List.of());
        if (subject == null || subject.document()) {
            return ownedActors(sentence, verbGroupStart(sentence, verb), references);
        }
        SourceFinder.Source head = modified.head(sentence, subject, references);
        return head == null ? List.of() : actorsOf(head.holders());
    }

    /**
     * Who gives a pledged sum, named after it: "a pledge worth $300 million from Kuwait", "a pledge
     * for $500 million announced by the emir"; none for a commitment of another kind.
     */
    private List<Actor> giver(Sentence sentence, Frame frame, ArticleReferences references) {
        if (!frame.sum() || frame.actionTo() + 1 >= sentence.size()) {
            return List.of();
        }
        int after = frame.actionTo();
        if (sentence.token(after).lower().equals(GIVER)) {
            Chunk giver = sentence.nounPhraseStartingAt(after + 1);
            return giver == null ? List.of() : actorsOf(references.within(sentence.index(), after + 1, giver.to()));
        }
        int agent = sentence.token(after).is(Pos.VERB) ? byAgent(sentence, after + 1) : -1;
        SourceFinder.Source source = agent < 0 ? null : subjects.after(sentence, agent, references, List.of());
        return source == null || source.document() ? List.of() : actorsOf(source.holders());
    }

    /** "announced plans to", "confirmed its intention to", "includes plans to": a verb that presents a commitment. */
    private boolean announces(Token verb) {
        return lexicons.expressingVerb(verb.lemma()) || lexicons.presentingVerb(verb.lemma());
    }

    /**
     * "The minister said an accord will be signed", "the agreement provides that ships will not be
     * allowed": a passive without an agent in what is said is done by the speaker's side, the
     * country or organisation a speaking person stands for, or the authors of a text.
     */
    private List<Actor> impliedAgents(@Nullable Attribution said) {
        if (said == null) {
            return List.of();
        }
        Entity speaker = said.holders().getFirst();
        if (said.holders().size() > 1 || !speaker.person()) {
            return actorsOf(said.holders());
        }
        if (speaker.country() != null) {
            return countryOf(speaker);
        }
        return List.of(speaker.organization() != null
                ? new Actor(speaker.organization(), ActorType.ORGANIZATION, null, speaker.organization())
                : speaker.actor());
    }

    /** "we" in what someone said: the speaker's country or organisation; "I": the speaker. */
    private List<Actor> speakerActors(Token pronoun, @Nullable Attribution said) {
        if (said == null) {
            return List.of();
        }
        Entity speaker = said.holders().getFirst();
        if (FIRST_SINGULAR.contains(pronoun.lower()) || !speaker.person()) {
            return said.holders().stream().map(Entity::actor).toList();
        }
        if (speaker.country() != null) {
            return List.of(new Actor(countries.name(speaker.country()), ActorType.COUNTRY, speaker.country(), null));
        }
        if (speaker.organization() != null) {
            return List.of(new Actor(speaker.organization(), ActorType.ORGANIZATION, null, speaker.organization()));
        }
        return List.of(speaker.actor());
    }

    private static List<Actor> distinct(List<Entity> entities) {
        Set<Actor> actors = new LinkedHashSet<>();
        entities.forEach(entity -> actors.add(ActingGroups.actor(entity)));
        return List.copyOf(actors);
    }

    /**
     * "supervised by a high-level AU panel", "monitored by a UN team": an agent that is no actor
     * itself but a unit of the one organisation or country its phrase names acts for that one.
     */
    private List<Actor> bodiesOfAgent(Sentence sentence, int by, ArticleReferences references) {
        Chunk agent = sentence.nounPhraseStartingAt(by);
        if (agent == null) {
            return List.of();
        }
        List<Entity> named = references.within(sentence.index(), agent.from(), agent.to()).stream()
                .filter(entity -> entity.type() == ActorType.ORGANIZATION || entity.type() == ActorType.COUNTRY)
                .toList();
        return named.size() == 1 ? actorsOf(named) : List.of();
    }

    /** The token after the "by" of a passive's agent ("supervised and monitored by a panel"), or -1. */
    private static int byAgent(Sentence sentence, int from) {
        for (int k = from; k < sentence.size() && k <= from + 3; k++) {
            if (sentence.token(k).lower().equals("by")) {
                return k + 1 < sentence.size() ? k + 1 : -1;
            }
            if (!sentence.token(k).pos().verbal() && !sentence.token(k).isAny("and", "or")) {
                return -1;
            }
        }
        return -1;
    }

    /** "ships ... will not be allowed": a passive's action starts with its subject. */
    private static int passiveSubjectStart(Sentence sentence, Frame frame) {
        int k = frame.from() - 1;
        while (k > 0 && !sentence.token(k - 1).isAny(",", ";", ":", "that") && !sentence.token(k - 1).quote()) {
            k--;
        }
        return Math.max(0, k);
    }

    /** The attribution whose content holds the token: who stated a reported commitment. */
    private static @Nullable Attribution attributionAround(List<Attribution> attributions, int sentence, int token) {
        for (Attribution attribution : attributions) {
            for (TokenSpan span : attribution.content()) {
                if (span.contains(sentence, token)) {
                    return attribution;
                }
            }
        }
        return null;
    }

    /** Where the reported content holding the verb group starts in its sentence, or 0: a passive's subject starts no earlier. */
    private static int contentStart(Sentence sentence, Frame frame, @Nullable Attribution said) {
        if (said != null) {
            for (TokenSpan span : said.content()) {
                if (span.contains(sentence.index(), frame.from())) {
                    return span.from();
                }
            }
        }
        return 0;
    }

    /**
     * The action's end: the reported content's, else the sentence's, before a semicolon and before
     * a reporting frame that follows it (", Erdogan's office said").
     */
    private static int actionEnd(Sentence sentence, Frame frame, @Nullable Attribution said,
            List<Attribution> attributions) {
        int end = sentence.size();
        if (said != null) {
            for (TokenSpan span : said.content()) {
                if (span.contains(sentence.index(), frame.from())) {
                    end = span.to();
                }
            }
        }
        for (Attribution attribution : attributions) {
            end = Math.min(end, frameAfter(sentence, frame, attribution.source()));
            end = Math.min(end, frameAfter(sentence, frame, attribution.cue()));
        }
        for (int k = frame.actionFrom(); k < end; k++) {
            if (sentence.token(k).lower().equals(";")) {
                end = k;
                break;
            }
        }
        while (end > frame.actionFrom() + 1 && (!sentence.token(end - 1).word() || dangles(sentence.token(end - 1)))) {
            end--;
        }
        return end;
    }

    /** A word that cannot end an action, left where the sentence was cut: "promote and", "talks with", "because". */
    private static boolean dangles(Token token) {
        return token.is(Pos.CCONJ) || token.is(Pos.SCONJ) || token.is(Pos.ADP);
    }

    /** Where a part of the reporting frame starts when it follows the action in the sentence, else the sentence's end. */
    private static int frameAfter(Sentence sentence, Frame frame, TokenSpan part) {
        boolean after = part.sentence() == sentence.index() && part.from() < part.to() && part.from() > frame.actionFrom();
        return after ? part.from() : sentence.size();
    }

    /**
     * "will be holding talks", "is considering sending troops": the action of a progressive verb
     * group in the base form, as any other action reads ("hold talks", "consider sending troops").
     */
    private static String baseForm(Sentence sentence, int from, String action) {
        Token verb = sentence.token(from);
        boolean progressive = from > 0 && sentence.token(from - 1).lemma().equals("be") && verb.is(Pos.VERB)
                && verb.lower().endsWith("ing") && !verb.lemma().endsWith("ing") && action.startsWith(verb.text());
        return progressive ? verb.lemma() + action.substring(verb.text().length()) : action;
    }

    /** The action's words, references resolved: "the alliance" as "NATO", "it" as what it stands for. */
    private static String action(ArticleDocument document, ArticleReferences references, Sentence sentence, int from,
            int to) {
        StringBuilder action = new StringBuilder();
        int k = from;
        while (k < to) {
            Token token = sentence.token(k);
            String replacement = null;
            int next = k + 1;
            Mention reference = referenceAt(references, sentence.index(), k, to);
            if (reference != null) {
                replacement = references.of(reference).getFirst().name();
                next = reference.to();
            }
            else if (RESOLVED_PRONOUNS.contains(token.lower()) && !references.pronoun(sentence.index(), k).isEmpty()) {
                String names = String.join(" and ", references.pronoun(sentence.index(), k).stream().map(Entity::name).toList());
                replacement = token.isAny("its", "their") ? names + "'s" : names;
            }
            if (!action.isEmpty() && token.start() > sentence.token(k - 1).end()) {
                action.append(' ');
            }
            action.append(replacement != null ? replacement : document.text().substring(token.start(),
                    sentence.token(next - 1).end()));
            k = next;
        }
        return action.toString().strip();
    }

    /** A reference back ("the alliance", "the country") starting at the token, as the reference layer added it. */
    private static @Nullable Mention referenceAt(ArticleReferences references, int sentence, int k, int to) {
        for (Mention mention : references.mentions().in(sentence)) {
            boolean back = mention.kind() != MentionKind.PERSON && mention.kind() != MentionKind.GROUP
                    && mention.form().toLowerCase(java.util.Locale.ROOT).startsWith("the ");
            if (back && mention.from() == k && mention.to() <= to && !references.of(mention).isEmpty()) {
                return mention;
            }
        }
        return null;
    }

    /** A condition word opening a clause of the sentence ("if", "unless", "provided that"). */
    private boolean conditional(Sentence sentence, int end) {
        for (int k = 0; k < end; k++) {
            for (String condition : words.conditions()) {
                String[] phrase = condition.split(" ");
                if (matches(sentence, k, phrase) && (k == 0 || !words.notCondition(sentence.token(k - 1).lower()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(Sentence sentence, int k, String[] phrase) {
        if (k + phrase.length > sentence.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!sentence.token(k + i).lower().equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb that does something: not idle ("be", "face"), not a speech act ("will urge" is a
     * position); a speech act that is also a deed ("will defend", "will support") is one.
     */
    private boolean doing(Token verb) {
        if (words.idle(verb.lemma())) {
            return false;
        }
        List<Lexicons.VerbCue> cues = lexicons.reportingVerb(verb.lemma());
        return cues.isEmpty() || lexicons.committingVerb(verb.lemma()) != null
                || cues.stream().allMatch(cue -> cue.frame() == Lexicons.Frame.ACT);
    }

    /**
     * A verb that reports only with a clause or quotation but does something with an object
     * ({@code word-classes.tsv}'s doing-with-object): "will maintain the status quo", "will add two
     * ships", not "will add that"; "will answer the questions" stays a speech act.
     */
    private static boolean deedWithObject(Sentence sentence, int verb) {
        if (!DOING_WITH_OBJECT.contains(sentence.token(verb).lemma())) {
            return false;
        }
        Chunk object = sentence.nounPhraseStartingAt(skipAdverbs(sentence, verb + 1));
        return object != null && !sentence.token(object.from()).is(Pos.PRON);
    }

    /**
     * An idle verb used causatively ({@code word-classes.tsv}'s causative), its subject having the
     * object done: "will get it done", "would have the law changed"; not "will get a seat".
     */
    private static boolean causative(Sentence sentence, int verb) {
        if (!CAUSATIVES.contains(sentence.token(verb).lemma())) {
            return false;
        }
        Chunk object = sentence.nounPhraseStartingAt(skipAdverbs(sentence, verb + 1));
        if (object == null || object.to() >= sentence.size()) {
            return false;
        }
        Token participle = sentence.token(object.to());
        String form = participle.lower();
        boolean inflected = !form.equals(participle.lemma()) || form.endsWith("ed") || form.endsWith("en");
        return participle.is(Pos.VERB) && inflected && !form.endsWith("ing") && !form.endsWith("s");
    }

    /**
     * The first verb of an infinitive starting at {@code k} ("to", adverbs, the verb), or -1. A
     * "to" tagged as the infinitive's particle is trusted over the tag of the word after it
     * ("agreed to welcome" with "welcome" read as an interjection), unless that word cannot start
     * a verb phrase.
     */
    private static int infinitiveAfter(Sentence sentence, int k) {
        if (k >= sentence.size() || !sentence.token(k).lower().equals("to")) {
            return -1;
        }
        int j = skipAdverbs(sentence, pastQuote(sentence, k + 1));
        if (j >= sentence.size()) {
            return -1;
        }
        Token verb = sentence.token(j);
        return verb.is(Pos.VERB) || sentence.token(k).is(Pos.PART) && verbLike(verb) ? j : -1;
    }

    /** Past a quotation mark that opens a quoted infinitive: commits to "spend ...". */
    private static int pastQuote(Sentence sentence, int k) {
        return k < sentence.size() && sentence.token(k).quote() ? k + 1 : k;
    }

    /** A word the tagger may have misread that could still head the verb phrase after an infinitive's "to". */
    private static boolean verbLike(Token token) {
        return token.word() && !token.is(Pos.DET) && !token.is(Pos.PRON) && !token.is(Pos.NUM) && !token.is(Pos.PROPN)
                && !token.is(Pos.ADP) && !token.is(Pos.CCONJ) && !token.is(Pos.SCONJ) && !token.is(Pos.AUX);
    }

    private static boolean afterModal(Sentence sentence, int k) {
        for (int j = k - 1; j >= 0 && (sentence.token(j).is(Pos.AUX) || sentence.token(j).is(Pos.ADV)
                || sentence.token(j).negation()); j--) {
            if (sentence.token(j).is(Pos.AUX) && CommitmentWords.standard().modal(sentence.token(j).lemma()) != null) {
                return true;
            }
        }
        return false;
    }

    private static int skipAdverbs(Sentence sentence, int k) {
        int j = k;
        while (j < sentence.size() && sentence.token(j).is(Pos.ADV)) {
            j++;
        }
        return j;
    }

    /**
     * Where the verb group holding token {@code k} starts: its auxiliaries, adverbs and negation,
     * with "has", "is" or "did" the tagger read as a main verb ("Russia has agreed").
     */
    private static int verbGroupStart(Sentence sentence, int k) {
        int j = k;
        while (j - 1 >= 0 && (sentence.token(j - 1).is(Pos.AUX) || sentence.token(j - 1).is(Pos.ADV)
                || sentence.token(j - 1).negation() || misreadAuxiliary(sentence, j - 1))) {
            j--;
        }
        while (j < k && sentence.token(j).is(Pos.ADV)) {
            j++;
        }
        return j;
    }

    /** Past a second adjective coordinated with a committing one: "ready [and willing] to", "ready [and mobilised] to". */
    private static int pastCoordinatedAdjective(Sentence sentence, int k) {
        boolean coordinated = k + 1 < sentence.size() && sentence.token(k).lower().equals("and")
                && (sentence.token(k + 1).is(Pos.ADJ) || sentence.token(k + 1).is(Pos.VERB));
        return coordinated ? k + 2 : k;
    }

    /** An infinitive that tells what happens to the subject ("to become", "to face"); "to be" may still carry a deed. */
    private boolean idleInfinitive(Token verb) {
        return words.idle(verb.lemma()) && !verb.lemma().equals("be");
    }

    /** Past a time adjunct right after a committing verb: "offered on Tuesday an extra ...", "agreed today to". */
    private static int skipTimeAdjunct(Sentence sentence, int j) {
        if (j < sentence.size() && TIME_WORDS.contains(sentence.token(j).lower())) {
            return j + 1;
        }
        if (j + 1 < sentence.size() && TIME_OPENERS.contains(sentence.token(j).lower())
                && TIME_WORDS.contains(sentence.token(j + 1).lower())) {
            return j + 2;
        }
        return j;
    }

    /**
     * Whether the verb group stands in an indirect question opened in its clause ("would not say
     * whether he trusted China or if he would invite Xi"): what is asked is not committed to.
     */
    private static boolean indirectQuestion(Sentence sentence, int from) {
        for (int j = from - 1; j >= 0; j--) {
            Token token = sentence.token(j);
            if (INDIRECT_QUESTIONS.contains(token.lower())) {
                return true;
            }
            if (CLAUSE_BOUNDS.contains(token.lower()) || token.quote()) {
                return false;
            }
        }
        return false;
    }

    /** "has", "is", "did" tagged as a main verb right before another verb: an auxiliary of its group. */
    private static boolean misreadAuxiliary(Sentence sentence, int j) {
        Token token = sentence.token(j);
        return token.is(Pos.VERB) && AUXILIARIES.contains(token.lemma()) && j + 1 < sentence.size()
                && sentence.token(j + 1).is(Pos.VERB);
    }

    private static boolean firstPerson(Token token) {
        return FIRST_PLURAL.contains(token.lower()) || FIRST_SINGULAR.contains(token.lower());
    }

    private static boolean question(Sentence sentence) {
        return sentence.size() > 0 && sentence.token(sentence.size() - 1).lower().equals("?")
                || sentence.size() > 1 && sentence.token(sentence.size() - 2).lower().equals("?");
    }

    /** The firmer commitment wins when a modal and a committing verb meet ("will seek to": intent). */
    private static Strength strongest(Strength modal, Strength verb) {
        return verb == Strength.FIRM ? modal : verb;
    }
}
