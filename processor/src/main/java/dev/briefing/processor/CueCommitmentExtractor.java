package dev.briefing.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.processor.ArticleEntities.Referent;
import dev.briefing.processor.Discourse.Attribution;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.jspecify.annotations.Nullable;

/**
 * Finds commitments by their cues ({@code reference/commitment-cues.tsv}: "will", "plans to",
 * "pledged to", "will consider", ...), each giving the strength, followed by the action's verb
 * phrase:
 * <ul>
 * <li>the actor is the subject before the cue: a country, organisation or person named, a pronoun or
 * group reference resolved ({@link Discourse}), or a policy noun ("the new strategy") standing for
 * the country last named;</li>
 * <li>whoever the sentence attributes it to ("Kishida said Japan would ...", "..., Kishida added")
 * stated it;</li>
 * <li>the action's head must be a verb that does something ({@code commitment-verbs.tsv} lists those
 * that do not: "will be", "will face"), checked with OpenNLP's part-of-speech tagger, which runs
 * only on the few sentences that got this far;</li>
 * <li>references in the action ("the alliance", "the country") are replaced by what they name;</li>
 * <li>an "if" or "unless" in the sentence makes it conditional; a date phrase ("by fiscal 2027") is
 * the timeframe.</li>
 * </ul>
 * Since every cue looks ahead, a past action ("imposed sanctions") is never a commitment.
 * Thread-safe: the tagger model is shared, each thread has its own tagger.
 */
public class CueCommitmentExtractor implements CommitmentExtractor {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Set<String> ADVERBS = Set.of("also", "then", "now", "soon", "further", "jointly", "still",
            "eventually", "finally", "immediately", "quickly", "swiftly", "gradually", "shortly", "never");

    /** Words that turn a commitment into one not to act: "will not merge", "won't hold", "will never". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "won't", "wouldn't", "cannot");

    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "political", "free", "good", "his", "her",
            "their", "its", "'s", "of", "ill", "own");

    /** Tags that cannot head an action after "to" ("are going to the court"). */
    private static final Set<String> NOT_VERBS = Set.of("DET", "ADP", "PRON", "NUM", "PUNCT", "PROPN", "CCONJ",
            "SCONJ", "PART", "SYM", "X");

    /** Cue words after which "to" may open a noun phrase: "agreed to key changes", "committed to Europe". */
    private static final Set<String> TAKES_NOUNS = Set.of("agreed", "agree", "agrees", "committed");

    private static final Set<String> WH_WORDS = Set.of("which", "what", "how", "whether", "where", "when", "who",
            "whom", "why");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!", ";", ":");

    private static final Set<String> POLICY_NOUNS = Set.of("strategy", "plan", "plans", "budget", "policy",
            "programme", "program", "proposal", "proposals", "government", "administration", "cabinet", "ministry",
            "review", "package", "legislation", "guidelines");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern TIMEFRAME = Pattern.compile("\\b(?:(?:by|before|until|till|within|from|starting|in|"
            + "no later than|over|during)\\s+)?(?:the\\s+)?(?:(?:end|start|beginning|middle|spring|summer|autumn|fall|"
            + "winter) of\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?\\d{4}(?:[-/]\\d{2,4})?|(?:19|20)\\d{2}(?:[-/]\\d{2,4})?|"
            + "(?:next|this|the coming)\\s+(?:year|month|week|decade|spring|summer|autumn|winter|parliament)|"
            + "the\\s+(?:next|coming)\\s+\\w+\\s+(?:years|months|weeks|days|decades)|"
            + "(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:years|months|weeks|days)|"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + "(?:\\s+(?:19|20)\\d{2})?)\\b");

    private static final Pattern NEEDS_PREPOSITION = Pattern.compile("^(?:(?:19|20)\\d{2}|two|three|four|five|six|"
            + "seven|eight|nine|ten|\\d+|January|February|March|April|May|June|July|August|September|October|November|"
            + "December)\\b.*");

    private final PhraseLexicon<Strength> cues;

    private final PhraseLexicon<Stance> reporting;

    private final Set<String> idleVerbs;

    private final Set<String> tentativeVerbs;

    private final ThreadLocal<POSTaggerME> tagger;

    CueCommitmentExtractor(PhraseLexicon<Strength> cues, PhraseLexicon<Stance> reporting, Set<String> idleVerbs,
            Set<String> tentativeVerbs, POSModel model) {
        this.cues = cues;
        this.reporting = reporting;
        this.idleVerbs = Set.copyOf(idleVerbs);
        this.tentativeVerbs = Set.copyOf(tentativeVerbs);
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    /** The extractor over the project's reference data and OpenNLP's English part-of-speech model. */
    public static CueCommitmentExtractor standard() {
        Set<String> idle = new HashSet<>();
        Set<String> tentative = new HashSet<>();
        for (String[] row : ReferenceData.rows("commitment-verbs.tsv")) {
            (row[1].equals("tentative") ? tentative : idle).add(row[0]);
        }
        return new CueCommitmentExtractor(Cues.lexicon("commitment-cues.tsv", Cues.enumOf(Strength.class)),
                Cues.lexicon("reporting-cues.tsv", Cues.enumOf(Stance.class)), idle, tentative, posModel());
    }

    static POSModel posModel() {
        try (InputStream in = Objects.requireNonNull(CueCommitmentExtractor.class.getResourceAsStream(POS_MODEL),
                POS_MODEL)) {
            return new POSModel(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot load the part-of-speech model " + POS_MODEL, ex);
        }
    }

    @Override
    public List<Commitment> extract(ArticleDocument document, ArticleEntities entities) {
        Discourse discourse = new Discourse(document, entities, reporting);
        List<Commitment> commitments = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Attribution> attributions = discourse.attributions(sentence);
            String[] tags = null;
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                PhraseLexicon.Match<Strength> cue = cues.at(tokens, i);
                if (cue == null) {
                    i++;
                    continue;
                }
                i = cue.end();
                int head = actionStart(tokens, cue);
                if (head < 0) {
                    continue;
                }
                Attribution said = attributionOf(attributions, cue);
                int floor = said != null && said.cueTo() <= cue.start() ? said.cueTo() : 0;
                if (conditionOpens(tokens, floor, cue.start()) || pronounInQuote(tokens, cue.start(), floor)
                        || relativeClause(tokens, cue.start(), floor)) {
                    continue;
                }
                List<Actor> actors = actors(discourse, entities, sentence, cue.start(), floor, said);
                if (actors.isEmpty()) {
                    continue;
                }
                if (tags == null) {
                    tags = tagger.get().tag(tokens.stream().map(Token::text).toArray(String[]::new));
                }
                if (needsVerb(tokens, cue) ? !tags[head].equals("VERB") : NOT_VERBS.contains(tags[head])) {
                    continue;
                }
                int end = actionEnd(tokens, head, attributions);
                String action = resolved(document, entities, sentence, head, end);
                if (action.isBlank()) {
                    continue;
                }
                action = negated(tokens, cue.start(), head) + action;
                Actor statedBy = said == null || actors.contains(said.holders().getFirst()) ? null
                        : said.holders().getFirst();
                commitments.add(new Commitment(actors, statedBy, action, strength(tokens, cue, head), timeframe(action),
                        document.text(sentence), sentence.start(), sentence.end()));
                i = end;
            }
        }
        return commitments;
    }

    /** The first token of the action after the cue, or -1 when the cue is not a commitment cue here. */
    private int actionStart(List<Token> tokens, PhraseLexicon.Match<Strength> cue) {
        Token first = tokens.get(cue.start());
        if (first.text().equals("May") && cue.start() > 0) {
            return -1;
        }
        if (cue.start() > 0 && NOUN_MARKERS.contains(tokens.get(cue.start() - 1).lower())) {
            return -1;
        }
        int k = cue.end();
        while (k < tokens.size() && (ADVERBS.contains(tokens.get(k).lower())
                || Discourse.isAdverb(tokens.get(k)))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).word() || tokens.get(k).capitalized() && k != 0) {
            return -1;
        }
        return idleVerbs.contains(tokens.get(k).lower()) ? -1 : k;
    }

    /** "not " when the cue or the words before the action negate it, else "": the action keeps its sense. */
    private static String negated(List<Token> tokens, int cue, int head) {
        for (int k = cue; k < head; k++) {
            if (NEGATIONS.contains(tokens.get(k).lower())) {
                return "not ";
            }
        }
        return "";
    }

    /**
     * Whether the tagger must confirm a verb after the cue: after a modal ("will", "may") and after
     * cues that also take a noun ("agreed to key changes"); after the other cues ending in "to",
     * "for" or "of" ("plans to raise") the cue itself says what follows.
     */
    private static boolean needsVerb(List<Token> tokens, PhraseLexicon.Match<Strength> cue) {
        for (int k = cue.start(); k < cue.end(); k++) {
            if (TAKES_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return switch (tokens.get(cue.end() - 1).lower()) {
            case "to", "for", "of" -> false;
            default -> true;
        };
    }

    /**
     * A cue in a question or relative clause ("which taxes he would raise", "how he will deal"): what
     * is asked about, not what is committed to.
     */
    private static boolean relativeClause(List<Token> tokens, int cue, int floor) {
        for (int k = cue - 1; k >= floor && k >= cue - 5; k--) {
            String word = tokens.get(k).lower();
            if (WH_WORDS.contains(word)) {
                return true;
            }
            if (word.equals(",") || SENTENCE_ENDS.contains(word) || word.equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** An "if" or "unless" opening the clause before the cue: the cue is the condition, not the pledge. */
    private static boolean conditionOpens(List<Token> tokens, int floor, int cue) {
        for (int k = cue - 1; k >= floor; k--) {
            String word = tokens.get(k).lower();
            if (word.equals("if") || word.equals("unless")) {
                return true;
            }
            if (word.equals(",") || SENTENCE_ENDS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A pronoun subject inside a quotation ("He will announce it," she said): who it stands for is
     * the speaker's knowledge, not the article's, so it is not resolved.
     */
    private static boolean pronounInQuote(List<Token> tokens, int cue, int floor) {
        int k = cue - 1;
        while (k >= floor && ADVERBS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= floor && PRONOUNS.contains(tokens.get(k).lower()) && Discourse.insideQuote(tokens, k);
    }

    /** The attribution that frames the cue: said before it, or added after the clause it ends. */
    private static @Nullable Attribution attributionOf(List<Attribution> attributions, PhraseLexicon.Match<Strength> cue) {
        for (Attribution attribution : attributions) {
            boolean before = attribution.cueTo() <= cue.start();
            boolean after = attribution.cueFrom() >= cue.end() && attribution.contentTo() >= cue.end()
                    && attribution.contentFrom() <= cue.start();
            if (before || after) {
                return attribution;
            }
        }
        return null;
    }

    private static List<Actor> actors(Discourse discourse, ArticleEntities entities, Sentence sentence, int cue,
            int floor, @Nullable Attribution said) {
        int from = floor < sentence.size() && sentence.token(floor).lower().equals("that") ? floor + 1 : floor;
        Discourse.Subject subject = discourse.subjectBefore(sentence, cue, from);
        if (!subject.actors().isEmpty()) {
            return subject.actors();
        }
        if (cue - 1 < from) {
            return List.of();
        }
        String word = sentence.token(cue - 1).lower();
        if ((word.equals("we") || word.equals("i")) && said != null) {
            return said.holders();
        }
        if (POLICY_NOUNS.contains(word)) {
            Referent country = entities.lastCountryBefore(sentence.index(), cue, 2);
            if (country != null && country.mention().id().equals(entities.mainCountry())) {
                return List.of(new Actor(country.mention().name(), ActorType.COUNTRY, country.mention().id(), null));
            }
        }
        return List.of();
    }

    /** The end of the action: the sentence's end, a semicolon, or the attribution that closes the clause. */
    private int actionEnd(List<Token> tokens, int head, List<Attribution> attributions) {
        int end = tokens.size();
        for (Attribution attribution : attributions) {
            if (attribution.cueFrom() > head && attribution.contentTo() > head) {
                end = Math.min(end, attribution.contentTo());
            }
        }
        for (int k = head; k < end; k++) {
            String word = tokens.get(k).text();
            if (SENTENCE_ENDS.contains(word) && k > head || word.equals("but")
                    || word.equals("and") && k + 1 < end && tokens.get(k + 1).lower().endsWith("ed")) {
                return trimmed(tokens, head, k);
            }
            if ((word.equals(",") || Discourse.isQuote(word)) && k + 1 < end && reportingFollows(tokens, k + 1)) {
                return k;
            }
        }
        return trimmed(tokens, head, end);
    }

    private static int trimmed(List<Token> tokens, int head, int end) {
        while (end > head + 1 && (!tokens.get(end - 1).word() || tokens.get(end - 1).lower().equals("and"))) {
            end--;
        }
        return end;
    }

    private boolean reportingFollows(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            if (reporting.at(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The action's words with references ("the alliance", "the country") replaced by what they name. */
    private static String resolved(ArticleDocument document, ArticleEntities entities, Sentence sentence, int from,
            int to) {
        if (to <= from) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int cursor = sentence.token(from).start();
        for (Referent referent : entities.in(sentence.index())) {
            Mention mention = referent.mention();
            if (mention.from() >= from && mention.to() <= to && referent.type() != ActorType.PERSON
                    && mention.form().regionMatches(true, 0, "the ", 0, 4) && !mention.form().equals(mention.name())
                    && sentence.token(mention.from()).start() >= cursor) {
                text.append(document.text(), cursor, sentence.token(mention.from()).start()).append(mention.name());
                cursor = sentence.token(mention.to() - 1).end();
            }
        }
        text.append(document.text(), cursor, sentence.token(to - 1).end());
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private Strength strength(List<Token> tokens, PhraseLexicon.Match<Strength> cue, int head) {
        if (conditional(tokens)) {
            return Strength.CONDITIONAL;
        }
        boolean weighs = cue.value() != Strength.CONDITIONAL && tentativeVerbs.contains(tokens.get(head).lower());
        return weighs ? Strength.TENTATIVE : cue.value();
    }

    private static boolean conditional(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).lower();
            String before = k > 0 ? tokens.get(k - 1).lower() : "";
            if ((word.equals("if") || word.equals("unless")) && !before.equals("even") && !before.equals("as")
                    && !before.equals("asked") && !before.equals("see") && !before.equals("whether")) {
                return true;
            }
        }
        return false;
    }

    static @Nullable String timeframe(String action) {
        Matcher matcher = TIMEFRAME.matcher(action);
        while (matcher.find()) {
            String found = matcher.group().strip();
            if (!NEEDS_PREPOSITION.matcher(found).matches()) {
                return found;
            }
        }
        return null;
    }
}
