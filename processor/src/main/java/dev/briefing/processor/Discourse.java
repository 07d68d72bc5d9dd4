package dev.briefing.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.briefing.processor.ArticleEntities.Referent;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Who is speaking where in one article: finds the attributions of a sentence ("X said", "X warned
 * that", "..., X added", "according to X") and the subject standing before a verb, resolving
 * pronouns ("he" to the last person named), group references ("they", "the two", "the joint
 * statement" to the last group of holders) and coordinations ("Stoltenberg and Kishida").
 *
 * <p>Not thread-safe: one instance per article, fed its sentences in text order, since what "they"
 * means depends on what came before.
 */
final class Discourse {

    /**
     * A statement attributed to its holders.
     *
     * @param stance      the stance the cue carries ({@link Stance#STATEMENT} when neutral)
     * @param holders     who holds it
     * @param cueFrom     first token of the cue
     * @param cueTo       token after the cue
     * @param contentFrom first token of what was said
     * @param contentTo   token after what was said
     */
    record Attribution(Stance stance, List<Actor> holders, int cueFrom, int cueTo, int contentFrom, int contentTo) {
    }

    private static final int PRONOUN_REACH = 6;

    private static final int GROUP_REACH = 4;

    private static final int APPOSITIVE_REACH = 30;

    private static final Set<String> SKIPPABLE = Set.of("also", "then", "later", "again", "previously", "now", "still",
            "already", "further", "jointly", "has", "have", "had", "once", "both", "all", "today", "yesterday", "too",
            "reportedly", "separately", "publicly", "privately", "earlier");

    private static final Set<String> NOT_ADVERBS = Set.of("family", "assembly", "supply", "monopoly", "anomaly",
            "reply", "rally", "italy", "july", "bully", "folly", "jelly", "belly");

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being", "it's");

    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
            "that", "these", "those", "'s", "our", "my", "your", "such", "any", "no", "of", "to");

    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "about", "what", "how", "why", "when",
            "who", "which");

    private static final Set<String> DAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    private static final Set<String> GROUP_NOUNS = Set.of("two", "pair", "sides", "leaders", "both", "allies",
            "partners", "countries", "nations", "ministers");

    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "declaration", "communique", "communiqué");

    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "officials",
            "official", "government", "ministry", "minister", "ministers", "sources", "source", "authorities",
            "diplomats", "office", "administration", "embassy", "leadership", "spokesmen", "statement", "leader",
            "secretary", "chief", "department", "delegation", "president", "premier", "party", "campaigners");

    private final ArticleDocument document;

    private final ArticleEntities entities;

    private final PhraseLexicon<Stance> cues;

    private List<Actor> group = List.of();

    private int groupSentence = -1;

    private @Nullable Actor topic;

    private int topicSentence = -1;

    Discourse(ArticleDocument document, ArticleEntities entities, PhraseLexicon<Stance> cues) {
        this.document = document;
        this.entities = entities;
        this.cues = cues;
    }

    /** The attributions of a sentence, in text order; call for each sentence in text order. */
    List<Attribution> attributions(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Attribution> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseLexicon.Match<Stance> cue = cues.at(tokens, i);
            if (cue == null) {
                i++;
                continue;
            }
            Attribution attribution = isNamePart(tokens, cue.start()) ? null : attribution(sentence, cue, found);
            if (attribution != null) {
                found.add(attribution);
            }
            i = cue.end();
        }
        List<Attribution> merged = merge(found);
        updateTopic(sentence, merged);
        for (Attribution attribution : merged) {
            if (attribution.holders().size() > 1) {
                setGroup(attribution.holders(), sentence.index());
            }
        }
        if (merged.stream().noneMatch(a -> a.holders().size() > 1) && mentionsJointStatement(tokens)) {
            List<Actor> coordinated = coordinated(sentence);
            if (coordinated.size() > 1) {
                setGroup(coordinated, sentence.index());
            }
        }
        return merged;
    }

    private @Nullable Attribution attribution(Sentence sentence, PhraseLexicon.Match<Stance> cue, List<Attribution> before) {
        List<Token> tokens = sentence.tokens();
        int from = cue.start();
        String previous = from > 0 ? tokens.get(from - 1).lower() : "";
        String first = tokens.get(from).lower();
        if (PASSIVE.contains(previous) && !PASSIVE.contains(first) || NOUN_MARKERS.contains(previous)) {
            return null;
        }
        if (first.equals("asked") && (previous.equals("when") || previous.equals("if") || cue.end() < tokens.size()
                && QUESTION_WORDS.contains(tokens.get(cue.end()).lower()))) {
            return null;
        }
        if (first.equals("according")) {
            List<Actor> holders = subjectAfter(sentence, cue.end());
            return holders.isEmpty() ? null : new Attribution(cue.value(), holders, from, cue.end(),
                    clauseEnd(tokens, cue.end()), tokens.size());
        }
        Subject subject = subjectBefore(sentence, from, 0);
        if (subject.actors().isEmpty() && (previous.equals("and") || previous.equals("but")) && !before.isEmpty()) {
            return new Attribution(cue.value(), before.getLast().holders(), from, cue.end(), cue.end(), tokens.size());
        }
        if (subject.actors().isEmpty() && (previous.equals(",") || isQuote(previous))) {
            List<Actor> holders = subjectAfter(sentence, cue.end());
            return holders.isEmpty() ? null : new Attribution(cue.value(), holders, from, cue.end(), 0, from - 1);
        }
        if (subject.actors().isEmpty()) {
            return null;
        }
        boolean reportsWhatCameBefore = subject.from() >= 3 && (tokens.get(subject.from() - 1).text().equals(",")
                || isQuote(tokens.get(subject.from() - 1).text()));
        return reportsWhatCameBefore
                ? new Attribution(cue.value(), subject.actors(), from, cue.end(), 0, subject.from() - 1)
                : new Attribution(cue.value(), subject.actors(), from, cue.end(), cue.end(), tokens.size());
    }

    /** A capitalised word inside a sentence is part of a name ("the United States"), not a cue. */
    static boolean isNamePart(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).capitalized();
    }

    /** Whether the sentence holds any reporting cue, attributed or not. */
    boolean reports(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (PhraseLexicon.Match<Stance> cue : cues.all(tokens)) {
            if (!isNamePart(tokens, cue.start())) {
                return true;
            }
        }
        return false;
    }

    /** Same holders, one neutral cue and one with a stance: one statement with that stance. */
    private static List<Attribution> merge(List<Attribution> found) {
        List<Attribution> merged = new ArrayList<>();
        for (Attribution next : found) {
            Attribution last = merged.isEmpty() ? null : merged.getLast();
            boolean nested = last != null && last.stance() == Stance.STATEMENT && next.cueFrom() >= last.contentFrom()
                    && next.cueTo() <= last.contentTo();
            if (nested) {
                merged.set(merged.size() - 1, new Attribution(next.stance(), last.holders(), last.cueFrom(),
                        next.cueTo(), last.contentFrom(), Math.max(last.contentTo(), next.contentTo())));
            }
            else if (last != null && last.holders().equals(next.holders())
                    && (last.stance() == Stance.STATEMENT || next.stance() == Stance.STATEMENT
                            || last.stance() == next.stance())) {
                Stance stance = last.stance() == Stance.STATEMENT ? next.stance() : last.stance();
                merged.set(merged.size() - 1, new Attribution(stance, last.holders(), last.cueFrom(), next.cueTo(),
                        Math.min(last.contentFrom(), next.contentFrom()), Math.max(last.contentTo(), next.contentTo())));
            }
            else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** The actors a subject noun phrase ending just before {@code end} names, and where it starts. */
    record Subject(List<Actor> actors, int from) {

        static final Subject NONE = new Subject(List.of(), -1);
    }

    /** The subject standing before the verb at token {@code verb}, not looking before {@code floor}. */
    Subject subjectBefore(Sentence sentence, int verb, int floor) {
        List<Token> tokens = sentence.tokens();
        int k = skipBack(tokens, verb - 1, floor);
        if (k >= floor && tokens.get(k).text().equals(",")) {
            int opening = previousComma(tokens, k, floor);
            if (opening < 0) {
                return Subject.NONE;
            }
            k = opening - 1;
        }
        if (k < floor) {
            return Subject.NONE;
        }
        Referent referent = entities.endingAt(sentence.index(), k + 1);
        if (referent != null) {
            return coordination(sentence, referent, floor);
        }
        String word = tokens.get(k).lower();
        return switch (word) {
            case "he", "she" -> person(sentence, k);
            case "they" -> new Subject(currentGroup(sentence.index()), k);
            default -> nounSubject(sentence, k, floor);
        };
    }

    private Subject nounSubject(Sentence sentence, int k, int floor) {
        List<Token> tokens = sentence.tokens();
        String word = tokens.get(k).lower();
        int start = nounPhraseStart(tokens, k, floor);
        if (GROUP_NOUNS.contains(word) && start < k) {
            List<Actor> group = currentGroup(sentence.index());
            return new Subject(group.isEmpty() ? lastTwoPeople(sentence, k) : group, start);
        }
        if (STATEMENT_NOUNS.contains(word)) {
            List<Actor> inside = referentsIn(sentence, start, k);
            return new Subject(inside.isEmpty() ? currentGroup(sentence.index()) : inside, start);
        }
        if (SPOKESPEOPLE.contains(word)) {
            return new Subject(referentsIn(sentence, start, k), start);
        }
        return Subject.NONE;
    }

    /** The actors named after an "according to" or an inverted "said": "said Mr Blair", "said the minister". */
    private List<Actor> subjectAfter(Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        for (int k = from; k < tokens.size() && k < from + 6; k++) {
            Referent referent = entities.startingAt(sentence.index(), k);
            if (referent != null) {
                int after = referent.mention().to();
                boolean endsClause = after >= tokens.size() || isBreak(tokens.get(after).lower())
                        || appositiveFollows(tokens, after);
                return endsClause ? List.of(entities.actor(referent)) : List.of();
            }
            String word = tokens.get(k).lower();
            if (word.equals("he") || word.equals("she")) {
                return person(sentence, k).actors();
            }
            if (isBreak(word)) {
                break;
            }
        }
        return List.of();
    }

    /** "said Jens Stoltenberg, NATO's chief": a comma after the name starts an apposition. */
    private static boolean appositiveFollows(List<Token> tokens, int after) {
        return after < tokens.size() && tokens.get(after).text().equals(",");
    }

    private Subject coordination(Sentence sentence, Referent last, int floor) {
        List<Token> tokens = sentence.tokens();
        List<Actor> actors = new ArrayList<>();
        actors.add(entities.actor(last));
        int start = withArticle(tokens, last.mention().from(), floor);
        while (start - 2 >= floor) {
            String joint = tokens.get(start - 1).lower();
            if (!joint.equals("and") && !(joint.equals(",") && actors.size() > 1)) {
                break;
            }
            int end = start - 1;
            if (tokens.get(end - 1).lower().equals("the") && end - 2 >= floor) {
                end--;
            }
            Referent previous = entities.endingAt(sentence.index(), end);
            if (previous == null) {
                break;
            }
            actors.addFirst(entities.actor(previous));
            start = withArticle(tokens, previous.mention().from(), floor);
        }
        return new Subject(List.copyOf(actors.size() < 2 ? actors : new LinkedHashSet<>(actors)), start);
    }

    /**
     * The start of a mention with the article or title before it: "the North Atlantic Treaty
     * Organization", "Prime Minister Tomas Keller", so that a coordination reads past them.
     */
    private static int withArticle(List<Token> tokens, int from, int floor) {
        int start = from;
        while (start - 1 >= floor && from - start < 4 && tokens.get(start - 1).capitalized()
                && tokens.get(start - 1).word()) {
            start--;
        }
        if (start > from - 4 && start - 1 >= floor && start < from && !isJoint(tokens.get(start - 1))) {
            start = from;
        }
        return start - 1 >= floor && tokens.get(start - 1).lower().equals("the") ? start - 1 : start;
    }

    private static boolean isJoint(Token token) {
        return token.lower().equals("and") || token.text().equals(",");
    }

    /**
     * The person "he" or "she" at token {@code k} stands for: a person heading a clause earlier in the
     * sentence ("Stoltenberg said he ..."), else the topic (the person the last sentences were about),
     * else the last person named.
     */
    private Subject person(Sentence sentence, int k) {
        PersonExtractor.Gender gender = sentence.token(k).lower().equals("she") ? PersonExtractor.Gender.FEMALE
                : PersonExtractor.Gender.MALE;
        Referent heading = null;
        for (Referent referent : entities.in(sentence.index())) {
            if (referent.type() == ActorType.PERSON && referent.mention().to() <= k && entities.agrees(referent, gender)
                    && ArticleEntities.headsClause(sentence.tokens(), referent.mention().from())) {
                heading = referent;
            }
        }
        if (heading != null) {
            return new Subject(List.of(entities.actor(heading)), k);
        }
        if (topic != null && sentence.index() - topicSentence <= PRONOUN_REACH && entities.agrees(topic, gender)) {
            return new Subject(List.of(topic), k);
        }
        return single(entities.lastPersonBefore(document, sentence.index(), k, PRONOUN_REACH, gender), k);
    }

    /** The sentence's topic person: the first person holding a statement, or the person heading it. */
    private void updateTopic(Sentence sentence, List<Attribution> attributions) {
        for (Attribution attribution : attributions) {
            Actor first = attribution.holders().getFirst();
            if (first.type() == ActorType.PERSON) {
                topic = first;
                topicSentence = sentence.index();
                return;
            }
        }
        List<Token> tokens = sentence.tokens();
        int head = 0;
        if (!entities.in(sentence.index()).isEmpty() || tokens.isEmpty()) {
            for (int k = 0; k < tokens.size() && k < 12; k++) {
                if (tokens.get(k).text().equals(",")) {
                    head = k + 1;
                    break;
                }
            }
        }
        for (int at : new int[] {0, head}) {
            Referent referent = entities.startingAt(sentence.index(), at);
            if (referent != null && referent.type() == ActorType.PERSON) {
                topic = entities.actor(referent);
                topicSentence = sentence.index();
                return;
            }
            if (at < tokens.size() && (tokens.get(at).lower().equals("he") || tokens.get(at).lower().equals("she"))
                    && topic != null) {
                topicSentence = sentence.index();
                return;
            }
        }
    }

    private Subject single(@Nullable Referent referent, int at) {
        return referent == null ? Subject.NONE : new Subject(List.of(entities.actor(referent)), at);
    }

    private List<Actor> currentGroup(int sentence) {
        return sentence - groupSentence <= GROUP_REACH ? group : List.of();
    }

    private void setGroup(List<Actor> actors, int sentence) {
        group = List.copyOf(actors);
        groupSentence = sentence;
    }

    private List<Actor> lastTwoPeople(Sentence sentence, int before) {
        Set<Actor> people = new LinkedHashSet<>();
        for (int s = sentence.index(); s >= 0 && s >= sentence.index() - 2 && people.size() < 2; s--) {
            List<Referent> referents = entities.in(s);
            for (int r = referents.size() - 1; r >= 0 && people.size() < 2; r--) {
                Referent referent = referents.get(r);
                if (referent.type() == ActorType.PERSON && referent.mention().before(sentence.index(), before)) {
                    people.add(entities.actor(referent));
                }
            }
        }
        return people.size() == 2 ? List.copyOf(people).reversed() : List.of();
    }

    private List<Actor> referentsIn(Sentence sentence, int from, int to) {
        Set<Actor> actors = new LinkedHashSet<>();
        for (Referent referent : entities.in(sentence.index())) {
            if (referent.mention().from() >= from && referent.mention().to() <= to) {
                actors.add(entities.actor(referent));
            }
        }
        return List.copyOf(actors);
    }

    /** Coordinated actors anywhere in the sentence: "by Japan and NATO". */
    private List<Actor> coordinated(Sentence sentence) {
        for (Referent referent : entities.in(sentence.index())) {
            Subject subject = coordination(sentence, referent, 0);
            if (subject.actors().size() > 1) {
                return subject.actors();
            }
        }
        return List.of();
    }

    private static boolean mentionsJointStatement(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("joint") && STATEMENT_NOUNS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Skips adverbs and time phrases ("also", "strongly", "on Tuesday") leftwards from {@code k}. */
    private static int skipBack(List<Token> tokens, int k, int floor) {
        while (k >= floor) {
            Token token = tokens.get(k);
            String word = token.lower();
            if (SKIPPABLE.contains(word) || isAdverb(token)) {
                k--;
            }
            else if (DAYS.contains(token.text()) && k - 1 >= floor && tokens.get(k - 1).lower().equals("on")) {
                k -= 2;
            }
            else {
                break;
            }
        }
        return k;
    }

    /** An adverb in "-ly" ("strongly", "repeatedly"), not a noun such as "ally" or "family". */
    static boolean isAdverb(Token token) {
        String word = token.lower();
        return !token.capitalized() && word.length() > 5 && word.endsWith("ly") && !NOT_ADVERBS.contains(word);
    }

    private static int previousComma(List<Token> tokens, int k, int floor) {
        for (int j = k - 1; j >= floor && j >= k - APPOSITIVE_REACH; j--) {
            String word = tokens.get(j).text();
            if (word.equals(",")) {
                return j;
            }
            if (word.equals(".") || word.equals(";") || isQuote(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** Start of the noun phrase ending at {@code k}: back over modifiers to a determiner or break. */
    private static int nounPhraseStart(List<Token> tokens, int k, int floor) {
        int j = k;
        while (j - 1 >= floor && j > k - 7) {
            String word = tokens.get(j - 1).lower();
            if (isBreak(word) || word.equals("that") || word.equals("and") && j - 2 >= floor
                    && !tokens.get(j - 2).capitalized()) {
                break;
            }
            j--;
            if (word.equals("the") || word.equals("a") || word.equals("an") || word.equals("both")) {
                break;
            }
        }
        return j;
    }

    private static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return tokens.size();
    }

    private static boolean isBreak(String word) {
        return switch (word) {
            case ",", ".", ";", ":", "(", ")", "\"", "“", "”", "'", "‘", "’", "-", "–", "—" -> true;
            default -> false;
        };
    }

    /** Whether token {@code k} of the sentence stands inside a quotation. */
    static boolean insideQuote(List<Token> tokens, int k) {
        boolean open = false;
        for (int j = 0; j < k; j++) {
            switch (tokens.get(j).text()) {
                case "“" -> open = true;
                case "”" -> open = false;
                case "\"" -> open = j == 0 || tokens.get(j - 1).end() < tokens.get(j).start();
                default -> {
                }
            }
        }
        return open;
    }

    static boolean isQuote(String word) {
        return switch (word) {
            case "\"", "“", "”", "'", "‘", "’" -> true;
            default -> false;
        };
    }

    ArticleDocument document() {
        return document;
    }
}
