package dev.briefing.processor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;

/**
 * Finds countries by looking up the forms of a gazetteer of the whole ISO 3166-1 list
 * ({@code reference/countries.tsv}, with the curated {@code country-aliases.tsv} read first), then
 * reading each match in its context:
 * <ul>
 * <li>names, aliases and demonyms count as written (case-sensitive, so "turkey" and "china" do not);
 * the longest match wins, so "South Korea" is not Korea and "the South China Sea" is a place, not
 * China ({@code country-stoplist.tsv});</li>
 * <li>a name that is also a personal name or a word does not count beside another capitalised name
 * ("Michael Jordan", "Butterball Turkey"), nor does a demonym naming a language ("speaks Spanish");</li>
 * <li>a capital counts only where it stands for the government: before a reporting or committing
 * verb or a modal (by lemma, {@link Lexicons}), or a government verb ("Beijing needs to", "Tokyo has
 * imposed"), or before a possessive of government ("Moscow's decision") ({@code capital-cues.tsv});</li>
 * </ul>
 * Thread-safe: immutable after construction.
 */
public class GazetteerCountryExtractor implements CountryExtractor {

    enum Kind {
        NAME, DEMONYM, CAPITAL, PLACE
    }

    record Form(String code, Kind kind) {
    }

    /** Words after which a demonym that follows a language cue is still the language: "in Spanish and". */
    private static final Set<String> LINKING_WORDS = Set.of("and", "or", "after", "before", "with", "for", "at",
            "to", "as", "but", "while", "when", "which", "by", "on", "from", "than");

    private final PhraseLexicon<Form> forms;

    private final Map<String, String> names;

    private final Set<String> personalNames;

    private final Set<String> languageCues;

    private final Set<String> notNames;

    private final PhraseLexicon<Boolean> governmentVerbs;

    private final Lexicons lexicons;

    private final Set<String> governmentNouns;

    GazetteerCountryExtractor(PhraseLexicon<Form> forms, Map<String, String> names, Set<String> personalNames,
            Set<String> languageCues, Set<String> notNames, PhraseLexicon<Boolean> governmentVerbs, Set<String> governmentNouns,
            Lexicons lexicons) {
        this.lexicons = lexicons;
        this.forms = forms;
        this.names = Map.copyOf(names);
        this.personalNames = Set.copyOf(personalNames);
        this.languageCues = Set.copyOf(languageCues);
        this.notNames = Set.copyOf(notNames);
        this.governmentVerbs = governmentVerbs;
        this.governmentNouns = Set.copyOf(governmentNouns);
    }

    /** The extractor over the project's reference data. */
    public static GazetteerCountryExtractor standard() {
        PhraseLexicon<Form> forms = PhraseLexicon.caseSensitive();
        Set<String> personalNames = new HashSet<>();
        Set<String> blocked = new HashSet<>();
        Set<String> languageCues = new HashSet<>();
        for (String[] row : ReferenceData.rows("country-stoplist.tsv")) {
            switch (row[1]) {
                case "phrase" -> forms.add(row[0], new Form("", Kind.PLACE));
                case "form" -> blocked.add(row[0]);
                case "name" -> personalNames.add(row[0]);
                case "language" -> languageCues.add(row[0]);
                default -> throw new IllegalStateException("country-stoplist.tsv: unknown kind " + row[1]);
            }
        }
        for (String[] row : ReferenceData.rows("country-aliases.tsv")) {
            forms.add(row[1], new Form(row[0], Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT))));
        }
        Map<String, String> names = new HashMap<>();
        for (String[] row : ReferenceData.rows("countries.tsv")) {
            String code = row[0];
            names.put(code, row[1]);
            addUnlessBlocked(forms, blocked, row[1], new Form(code, Kind.NAME));
            ReferenceData.items(row[2]).forEach(alias -> addUnlessBlocked(forms, blocked, alias, new Form(code, Kind.NAME)));
            for (String demonym : row[3].split("[;,]| or ")) {
                addUnlessBlocked(forms, blocked, demonym.strip(), new Form(code, Kind.DEMONYM));
                if (demonym.endsWith("n") || demonym.endsWith("i")) {
                    addUnlessBlocked(forms, blocked, demonym.strip() + "s", new Form(code, Kind.DEMONYM));
                }
            }
            ReferenceData.items(row[4]).forEach(capital -> addUnlessBlocked(forms, blocked, capital, new Form(code, Kind.CAPITAL)));
        }
        PhraseLexicon<Boolean> verbs = PhraseLexicon.ignoringCase();
        Set<String> nouns = new HashSet<>();
        for (String[] row : ReferenceData.rows("capital-cues.tsv")) {
            for (String word : ReferenceData.items(row[1])) {
                if (row[0].equals("noun")) {
                    nouns.add(word);
                }
                else {
                    verbs.add(word, true);
                }
            }
        }
        Set<String> notNames = new HashSet<>();
        ReferenceData.rows("not-names.tsv").forEach(row -> notNames.add(row[0]));
        return new GazetteerCountryExtractor(forms, names, personalNames, languageCues, notNames, verbs, nouns,
                Lexicons.standard());
    }

    private static void addUnlessBlocked(PhraseLexicon<Form> forms, Set<String> blocked, String form, Form value) {
        if (!form.isBlank() && !blocked.contains(form)) {
            forms.add(form, value);
        }
    }

    @Override
    public boolean placeAt(List<Token> tokens, int i) {
        PhraseLexicon.Match<Form> match = forms.at(tokens, i);
        return match != null && match.length() == 1;
    }

    /** The country's common English name, or the code itself for an unknown code. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    @Override
    public List<Mention> extract(ArticleDocument document) {
        Set<String> people = namesOfPeople(document);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                PhraseLexicon.Match<Form> match = forms.at(tokens, i);
                if (match == null) {
                    i++;
                    continue;
                }
                Form form = match.value();
                if (form.kind() != Kind.PLACE && !people.contains(tokens.get(match.start()).text())
                        && counts(form, tokens, match)) {
                    mentions.add(Mention.named(MentionKind.COUNTRY, sentence.index(), match.start(), match.end(),
                            form.code(), document.text(tokens.get(match.start()), tokens.get(match.end() - 1))));
                }
                i = match.end();
            }
        }
        return mentions;
    }

    /**
     * The ambiguous names that this article gives a first name at least once ("Bill Holland"): one
     * sense per article, so "Holland recalled" is the person too.
     */
    private Set<String> namesOfPeople(ArticleDocument document) {
        Set<String> people = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = sentence.tokens();
            if (titleCase(tokens)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (personalNames.contains(tokens.get(i).text())) {
                    PhraseLexicon.Match<Form> match = forms.at(tokens, i);
                    if (match != null && match.length() == 1 && match.value().kind() == Kind.NAME && i > 1
                            && isOtherName(tokens, i - 1)) {
                        people.add(tokens.get(i).text());
                    }
                }
            }
        }
        return people;
    }

    private boolean counts(Form form, List<Token> tokens, PhraseLexicon.Match<Form> match) {
        return switch (form.kind()) {
            case CAPITAL -> standsForGovernment(tokens, match.end());
            case NAME -> !personalNames.contains(tokens.get(match.start()).text()) || titleCase(tokens)
                    || !besideAnotherName(tokens, match);
            case DEMONYM -> !namesLanguage(tokens, match);
            case PLACE -> false;
        };
    }

    private boolean standsForGovernment(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return false;
        }
        String word = tokens.get(next).text();
        if (tokens.get(next).lower().equals("'s")) {
            return next + 1 < tokens.size() && governmentNouns.contains(tokens.get(next + 1).lower());
        }
        Token verb = tokens.get(next);
        boolean cue = !lexicons.reportingVerb(verb.lemma()).isEmpty() || lexicons.committingVerb(verb.lemma()) != null
                || verb.is(Pos.AUX) && lexicons.modal(verb.lemma());
        return cue || governmentVerbs.at(tokens, next) != null;
    }

    /** "speaks Spanish", "in Portuguese.": a demonym after a language cue with no noun after it. */
    private boolean namesLanguage(List<Token> tokens, PhraseLexicon.Match<Form> match) {
        if (match.start() == 0 || !languageCues.contains(tokens.get(match.start() - 1).lower())) {
            return false;
        }
        if (match.end() >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(match.end());
        return !next.word() || LINKING_WORDS.contains(next.lower());
    }

    /**
     * A headline in title case ("Both Sides Share Awareness about Countering China"): every word is
     * capitalised, so a capitalised neighbour says nothing about a name.
     */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.word() && token.text().length() > 3) {
                words++;
                capitalised += token.capitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    private boolean besideAnotherName(List<Token> tokens, PhraseLexicon.Match<Form> match) {
        int before = match.start() - 1;
        int after = match.end();
        boolean nameBefore = before > 0 && isOtherName(tokens, before);
        boolean nameAfter = after < tokens.size() && isOtherName(tokens, after);
        return nameBefore || nameAfter;
    }

    private boolean isOtherName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.capitalized() && token.word() && token.text().length() > 1 && !notNames.contains(token.text())
                && forms.at(tokens, i) == null;
    }
}
