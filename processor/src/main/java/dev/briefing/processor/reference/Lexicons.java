package dev.briefing.processor.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.summary.Stance;
import dev.briefing.processor.summary.Strength;
import dev.briefing.processor.text.InflectedForms;
import org.jspecify.annotations.Nullable;

/**
 * The word knowledge of the analysis, read once from the reference files of this package, each of
 * which says where its entries come from. Entries are lemmas, so that every inflection matches.
 * Immutable and thread-safe.
 */
public final class Lexicons {

    /** How a reporting verb attaches what it reports. */
    public enum Frame {
        /** "X said (that) C", "C, X said", "C, said X". */
        SPEECH,
        /** "X condemned C", "X welcomed C": only what follows. */
        ACT,
        /** "X noted that C", "C, X added": only with a clause or quotation; "X added ten names" reports nothing. */
        CLAUSE,
        /** "X stressed the need for C", "X stressed that C", "C, X stressed": an object, a clause, or before. */
        EMPHASIS
    }

    /** A verb that commits its subject to the infinitive after it, and whether it states a position too. */
    public record CommittingVerb(Strength strength, boolean position) {
    }

    /** A reporting verb with the stance it carries, and the particle it needs for it ("call for"). */
    public record VerbCue(String lemma, Stance stance, Frame frame, String particle) {
    }

    /**
     * A noun that names a statement: a document its authors hold, a report (a document held only by
     * an author it names), or a stance its holder holds.
     */
    public record NounCue(Stance stance, boolean document, boolean report) {
    }

    /** A noun that heads a described source: people ("officials") or a body ("the ministry"). */
    /**
     * A noun that heads a described source.
     *
     * @param body    an institution ("the ministry"), not people
     * @param generic people at large ("people"): a source only where its phrase says which ones
     *                ("people familiar with the talks", "local people")
     */
    public record SourceNoun(boolean body, boolean generic, @Nullable Gender gender) {
    }

    private static final Lexicons STANDARD = load();

    private final Map<String, List<VerbCue>> reportingVerbs;

    private final Map<String, CommittingVerb> committingVerbs;

    private final Map<String, Stance> attitudes;

    private final Map<String, NounCue> statementNouns;

    private final Set<String> expressingVerbs;

    private final Set<String> presentingVerbs;

    private final Map<String, SourceNoun> sourceNouns;

    private final Map<String, @Nullable Gender> firstNames;

    private final List<StanceWords> contentStance;

    private final PhraseLexicon<Title> titles;

    private final Map<String, Stance> judgements;

    private final Set<String> notNames;

    private final Map<String, String> irregularVerbs;

    /** The words of one stance, as they appear in what was said. */
    public record StanceWords(Stance stance, LemmaPhrases<Boolean> words) {
    }

    private Lexicons(Map<String, List<VerbCue>> reportingVerbs, Map<String, CommittingVerb> committingVerbs,
            Map<String, Stance> attitudes,
            Map<String, NounCue> statementNouns, Set<String> expressingVerbs, Set<String> presentingVerbs,
            Map<String, SourceNoun> sourceNouns,
            Map<String, @Nullable Gender> firstNames, List<StanceWords> contentStance, PhraseLexicon<Title> titles,
            Set<String> notNames, Map<String, String> irregularVerbs, Map<String, Stance> judgements) {
        this.reportingVerbs = Map.copyOf(reportingVerbs);
        this.committingVerbs = Map.copyOf(committingVerbs);
        this.attitudes = Map.copyOf(attitudes);
        this.statementNouns = Map.copyOf(statementNouns);
        this.expressingVerbs = Set.copyOf(expressingVerbs);
        this.presentingVerbs = Set.copyOf(presentingVerbs);
        this.sourceNouns = Map.copyOf(sourceNouns);
        this.firstNames = new HashMap<>(firstNames);
        this.contentStance = List.copyOf(contentStance);
        this.titles = titles;
        this.notNames = Set.copyOf(notNames);
        this.irregularVerbs = Map.copyOf(irregularVerbs);
        this.judgements = Map.copyOf(judgements);
    }

    /** The project's reference data, loaded once. */
    public static Lexicons standard() {
        return STANDARD;
    }

    /** The reporting verb cues of a lemma (several where particles differ: "call for", "call on"). */
    public List<VerbCue> reportingVerb(String lemma) {
        return reportingVerbs.getOrDefault(lemma, List.of());
    }

    /** Whether the lemma is a modal of the future or of possibility ("will", "would", "may"). */
    public boolean modal(String lemma) {
        return MODALS.contains(lemma);
    }

    /** The committing verb of a lemma ("pledge", "plan"), or null. */
    public @Nullable CommittingVerb committingVerb(String lemma) {
        return committingVerbs.get(lemma);
    }

    public @Nullable Stance attitude(String lemma) {
        return attitudes.get(lemma);
    }

    public @Nullable NounCue statementNoun(String lemma) {
        return statementNouns.get(lemma);
    }

    public boolean expressingVerb(String lemma) {
        return expressingVerbs.contains(lemma);
    }

    /** "announce", "include": a verb that presents a commitment named by its object as its subject's. */
    public boolean presentingVerb(String lemma) {
        return presentingVerbs.contains(lemma);
    }

    public @Nullable SourceNoun sourceNoun(String lemma) {
        return sourceNouns.get(lemma);
    }

    public boolean firstName(String word) {
        return firstNames.containsKey(word);
    }

    public @Nullable Gender genderOfFirstName(String word) {
        return firstNames.get(word);
    }

    /** The stance a word of the writer's own judgement carries ("vital": support), or null. */
    public @Nullable Stance judgement(String lemma) {
        return judgements.get(lemma);
    }

    /** Stances of what was said, in the order they are tried. */
    public List<StanceWords> contentStance() {
        return contentStance;
    }

    public PhraseLexicon<Title> titles() {
        return titles;
    }

    /** Capitalised words that are never part of a person's name (sentence openers, months, head words). */
    public boolean notName(String word) {
        return notNames.contains(word);
    }

    /**
     * Every lemma of the word lists by the UPOS tag of its class ("VERB", "NOUN", "ADJ"), for the
     * lemmatizer to recognise in any regular form.
     */
    public Map<String, Set<String>> lemmas() {
        Set<String> verbs = new HashSet<>(reportingVerbs.keySet());
        verbs.addAll(expressingVerbs);
        verbs.addAll(presentingVerbs);
        verbs.addAll(committingVerbs.keySet());
        Set<String> nouns = new HashSet<>(statementNouns.keySet());
        nouns.addAll(sourceNouns.keySet());
        Set<String> adjectives = new HashSet<>(attitudes.keySet());
        adjectives.addAll(judgements.keySet());
        return Map.of("VERB", verbs, "NOUN", nouns, "ADJ", adjectives);
    }

    /** The look-up forms that make a sentence worth tagging: every form of a cue, and the modals. */
    public Set<String> cueForms() {
        Set<String> forms = new HashSet<>();
        for (String lemma : reportingVerbs.keySet()) {
            forms.addAll(InflectedForms.of(lemma));
        }
        for (String lemma : committingVerbs.keySet()) {
            forms.addAll(InflectedForms.of(lemma));
        }
        for (String lemma : attitudes.keySet()) {
            forms.addAll(InflectedForms.of(lemma));
        }
        for (String lemma : statementNouns.keySet()) {
            forms.addAll(InflectedForms.of(lemma));
        }
        for (Map.Entry<String, String> irregular : irregularVerbs.entrySet()) {
            if (reportingVerbs.containsKey(irregular.getValue()) || committingVerbs.containsKey(irregular.getValue())) {
                forms.add(irregular.getKey());
            }
        }
        for (String file : List.of("commitment-adjectives.tsv", "commitment-nouns.tsv")) {
            ReferenceData.rows(file).forEach(row -> forms.addAll(InflectedForms.of(row[0])));
        }
        forms.addAll(judgements.keySet());
        forms.addAll(MODALS);
        forms.add("according");
        return forms;
    }

    /** Words that are only ever verbs ("strengthen"), from WordNet's index files. */
    public Set<String> verbOnlyWords() {
        return VERB_ONLY;
    }

    private static final Set<String> VERB_ONLY = Set.copyOf(ReferenceData.rows("verb-only-words.tsv").stream()
            .map(row -> row[0]).toList());

    /** Irregular forms of verbs ("said") and their lemmas ("say"), from WordNet's exception list. */
    public Map<String, String> irregularVerbs() {
        return irregularVerbs;
    }

    private static final Set<String> MODALS = Set.copyOf(ReferenceData.rows("commitment-modals.tsv").stream()
            .map(row -> row[0]).toList());

    private static Lexicons load() {
        Map<String, List<VerbCue>> verbs = new HashMap<>();
        for (String[] row : ReferenceData.rows("reporting-verbs.tsv")) {
            VerbCue cue = new VerbCue(row[0], stance(row[1]), Frame.valueOf(row[2].toUpperCase(Locale.ROOT)),
                    row.length > 3 ? row[3].strip() : "");
            verbs.computeIfAbsent(cue.lemma(), l -> new ArrayList<>()).add(cue);
        }
        Map<String, CommittingVerb> committing = new HashMap<>();
        ReferenceData.rows("committing-verbs.tsv").forEach(row -> committing.put(row[0],
                new CommittingVerb(Strength.valueOf(row[1].strip().toUpperCase(Locale.ROOT)), row[2].strip().equals("yes"))));
        Map<String, Stance> attitudes = new HashMap<>();
        ReferenceData.rows("attitude-adjectives.tsv").forEach(row -> attitudes.put(row[0], stance(row[1])));
        Map<String, NounCue> nouns = new HashMap<>();
        ReferenceData.rows("statement-nouns.tsv")
                .forEach(row -> nouns.put(row[0], new NounCue(stance(row[1]),
                        row[2].equals("document") || row[2].equals("report"), row[2].equals("report"))));
        Set<String> expressing = new HashSet<>();
        ReferenceData.rows("expressing-verbs.tsv").forEach(row -> expressing.add(row[0]));
        Set<String> presenting = new HashSet<>();
        ReferenceData.rows("presenting-verbs.tsv").forEach(row -> presenting.add(row[0]));
        Map<String, SourceNoun> sources = new HashMap<>();
        ReferenceData.rows("source-nouns.tsv").forEach(row -> sources.put(row[0],
                new SourceNoun(row[1].equals("body"), row[1].equals("generic"), row.length > 2 ? Gender.of(row[2]) : null)));
        Map<String, @Nullable Gender> names = new HashMap<>();
        ReferenceData.rows("first-names.tsv").forEach(row -> names.put(row[0], row.length > 1 ? Gender.of(row[1]) : null));
        List<StanceWords> content = new ArrayList<>();
        for (String[] row : ReferenceData.rows("content-stance.tsv")) {
            LemmaPhrases<Boolean> words = new LemmaPhrases<>();
            ReferenceData.items(row[1]).forEach(phrase -> words.add(phrase, true));
            content.add(new StanceWords(stance(row[0]), words));
        }
        PhraseLexicon<Title> titles = PhraseLexicon.ignoringCase();
        for (String[] row : ReferenceData.rows("titles.tsv")) {
            titles.add(row[0], new Title(row[1].strip(), row[2].equals("office"), row[2].equals("style"),
                    row.length > 3 ? Gender.of(row[3]) : null));
        }
        Set<String> notNames = new HashSet<>();
        ReferenceData.rows("not-names.tsv").forEach(row -> notNames.add(row[0]));
        Map<String, String> irregular = new HashMap<>();
        ReferenceData.rows("irregular-verbs.tsv").forEach(row -> irregular.putIfAbsent(row[0], row[1]));
        Map<String, Stance> judgements = new HashMap<>();
        ReferenceData.rows("judgement-words.tsv").forEach(row -> judgements.put(row[1].strip(), stance(row[0])));
        return new Lexicons(verbs, committing, attitudes, nouns, expressing, presenting, sources, names, content, titles,
                notNames, irregular, judgements);
    }

    private static Stance stance(String label) {
        return Stance.valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
