package dev.briefing.processor.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.Gender;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.Title;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Chunker;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds people by the shapes news English names them in, over the part-of-speech tags:
 * <ul>
 * <li>a name is a run of proper nouns (capitalised words the tagger calls PROPN, or any
 * capitalised word inside the sentence), joined by particles ("von der", "bin", "al-") and
 * hyphens, with a suffix ("Jr."), that is no country or organisation;</li>
 * <li>a run is a person's name when a title or honorific stands before it ("Prime Minister Fumio
 * Kishida", "Mr Blair", "NATO chief Jens Stoltenberg"), a title stands beside it in apposition
 * ("Stoltenberg, the alliance's secretary general,"), it opens with a given name
 * ({@code first-names.tsv}), or it says something ("Davis said", "said Jens Stoltenberg");</li>
 * <li>the title is the words of the office as written, without the country or organisation before
 * it ("Ukraine's Infrastructure Minister": "Infrastructure Minister", of UA), which is the
 * person's affiliation;</li>
 * <li>a later mention by one name ("Kishida", "Mr Blair") is the person whose surname it is: the
 * last name, or the first where the article uses that one alone ("Kishida Fumio", later
 * "Kishida"). Of two people sharing a surname, an honorific's gender or the one named last
 * decides.</li>
 * </ul>
 * Thread-safe: immutable after construction.
 */
public final class ProperNamePersonExtractor implements PersonExtractor {

    private static final Set<String> FLOATING = WordClasses.standard().of("floating-quantifier");

    private static final Set<String> PARTICLES = WordClasses.standard().of("name-particle");

    /** A given name of two syllables joined the Korean or Taiwanese way: "Ching-te", "Ki-moon", "Jae-in". */
    private static final Pattern ASIAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private static final Set<String> SUFFIXES = WordClasses.standard().of("name-suffix");

    private static final Set<String> COMPLEMENT_LINKS = Set.of("of", "for", "to", "at", "in", "with");

    private static final Set<String> AFFILIATION_LINKS = Set.of("of", "from", "at");

    /** The relative pronouns that open a clause about the person after their apposition. */
    private static final Set<String> RELATIVES = WordClasses.standard().of("relative-pronoun");

    private static final Set<String> APPOSITION_DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");

    /** Name words in a run at most, particles not counted. */
    /** How many words of description may stand between "according to" and a name. */
    private static final int DESCRIPTION_REACH = 4;

    private static final int MAX_NAME_WORDS = 5;

    /** Tokens an apposition after a name may span: "Rucker Culpepper, who runs ..., said". */
    private static final int MAX_APPOSITION = 25;

    /** Tokens a title before a name may span at most. */
    private static final int MAX_TITLE = 8;

    /** Words a sentence needs before its capitals say nothing about names (a title-case headline). */
    private static final int HEADLINE_MIN_WORDS = 3;

    private final Lexicons lexicons;

    private final CountryExtractor places;

    /** @param places the country gazetteer, whose capitals and demonyms are no names of people */
    public ProperNamePersonExtractor(Lexicons lexicons, CountryExtractor places) {
        this.lexicons = lexicons;
        this.places = places;
    }

    /** A run of name words found in a sentence, with what its context says. */
    private static final class Run {

        final int sentence;

        int from;

        final int to;

        final int nameFrom;

        final String name;

        @Nullable String title;

        @Nullable Mention affiliation;

        @Nullable Gender gender;

        /** Whether the gender is only the guess of its first word as a given name. */
        boolean givenNameGender;

        boolean titled;

        boolean speaks;

        Run(int sentence, int from, int nameFrom, int to, String name) {
            this.sentence = sentence;
            this.from = from;
            this.nameFrom = nameFrom;
            this.to = to;
            this.name = name;
        }

        int words() {
            return name.split(" ").length;
        }

        /** "Lai" after "Lai Ching-te", "Kerry" after "John Kerry": a surname read as a given name tells no gender. */
        boolean surnameAlone() {
            return givenNameGender && words() == 1;
        }
    }

    /** A person being put together from the runs that name them. */
    private static final class Person {

        String name;

        String surname;

        @Nullable String title;

        @Nullable String country;

        @Nullable String organization;

        @Nullable Gender gender;

        Person(String name, String surname) {
            this.name = name;
            this.surname = surname;
        }

        void learn(Run run) {
            if (title == null) {
                title = run.title;
            }
            if (country == null && organization == null && run.affiliation != null) {
                if (run.affiliation.kind() == MentionKind.COUNTRY) {
                    country = run.affiliation.key();
                }
                else {
                    organization = run.affiliation.key();
                }
            }
            if (gender == null && !run.surnameAlone()) {
                gender = run.gender;
            }
        }
    }

    @Override
    public List<Mention> extract(ArticleDocument document, List<Mention> countries, List<Mention> organizations) {
        ArticleMentions entities = new ArticleMentions(concat(countries, organizations));
        List<Run> runs = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            findRuns(document, sentence, entities, runs);
        }
        Map<String, Integer> alone = singleWordCounts(runs);
        Set<String> evidentSurnames = new java.util.HashSet<>();
        for (Run run : runs) {
            if (!isFullName(run) && (run.titled || run.speaks)) {
                evidentSurnames.add(run.name);
            }
        }
        Map<String, Person> people = new LinkedHashMap<>();
        for (Run run : runs) {
            if (isFullName(run) && !knownSurname(run, people)
                    && (evident(document, run) || evidentSurnames.contains(surnameOf(run.name, alone)))) {
                people.computeIfAbsent(normalized(run.name), key -> new Person(run.name, surnameOf(run.name, alone)))
                        .learn(run);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Map<String, Person> lastBySurname = new HashMap<>();
        for (Run run : runs) {
            Person person = isFullName(run) && !knownSurname(run, people) ? people.get(normalized(run.name))
                    : bySurname(run, people, lastBySurname);
            if (person == null && !isFullName(run) && (run.titled || run.speaks) && !commonPlural(document, run)) {
                person = people.computeIfAbsent(normalized(run.name), key -> new Person(run.name, run.name));
            }
            if (person == null) {
                continue;
            }
            person.learn(run);
            lastBySurname.put(person.surname, person);
            mentions.add(mention(document, run, person));
        }
        return mentions;
    }

    /** Whether the run's context says it names a person: a title, a given name, or speech. */
    private boolean evident(ArticleDocument document, Run run) {
        return run.titled || run.speaks || lexicons.firstName(document.sentence(run.sentence).token(run.nameFrom).text());
    }

    private Mention mention(ArticleDocument document, Run run, Person person) {
        Sentence sentence = document.sentence(run.sentence);
        String form = document.text(sentence.token(run.from), sentence.token(run.to - 1));
        String country = run.affiliation != null && run.affiliation.kind() == MentionKind.COUNTRY
                ? run.affiliation.key() : null;
        String organization = run.affiliation != null && run.affiliation.kind() == MentionKind.ORGANIZATION
                ? run.affiliation.key() : null;
        return new Mention(MentionKind.PERSON, run.sentence, run.from, run.to, person.name, form, run.title,
                country, organization, run.gender != null && !run.surnameAlone() ? run.gender : person.gender, false);
    }

    /**
     * "Readers wrote", "Critics say": a capitalised word opening a sentence that the tagger reads as
     * a plural common noun is a group, not a speaker's surname.
     */
    private static boolean commonPlural(ArticleDocument document, Run run) {
        Token token = document.sentence(run.sentence).token(run.nameFrom);
        return !run.titled && run.nameFrom == 0 && token.is(Pos.NOUN) && !token.lemma().equals(token.lower());
    }

    /** A name of two words or more, or a style and a name ("Lord Goldsmith"): a full name. */
    private static boolean isFullName(Run run) {
        return run.words() >= 2;
    }

    /**
     * "Van den Berg" after "Karin van den Berg": a name opening with a particle, capitalised at a
     * sentence's start, that is the surname of a person already named.
     */
    private static boolean knownSurname(Run run, Map<String, Person> people) {
        String first = run.name.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return isFullName(run) && PARTICLES.contains(first)
                && people.values().stream().anyMatch(person -> person.surname.equalsIgnoreCase(run.name));
    }

    private @Nullable Person bySurname(Run run, Map<String, Person> people, Map<String, Person> lastBySurname) {
        List<Person> candidates = new ArrayList<>(); 
        for (Person person : people.values()) {
            if (person.surname.equalsIgnoreCase(run.name) && (run.gender == null || person.gender == null
                    || person.gender == run.gender)) {
                candidates.add(person);
            }
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.getFirst();
        }
        Person last = lastBySurname.get(run.name);
        return last != null && candidates.contains(last) ? last : candidates.getFirst();
    }

    /**
     * The name a person is called by alone: the last word (before a suffix), or the first where the
     * article uses the first alone and not the last ("Kishida Fumio" ... "Kishida"), or a middle one
     * likewise ("Luiz Inacio Lula da Silva" ... "Lula").
     */
    private static String surnameOf(String name, Map<String, Integer> alone) {
        String[] words = name.split(" ");
        int last = words.length - 1;
        while (last > 0 && SUFFIXES.contains(words[last])) {
            last--;
        }
        String first = words[0];
        if (alone.getOrDefault(first, 0) > 0 && alone.getOrDefault(words[last], 0) == 0 && words.length == 2) {
            return first;
        }
        int from = last;
        while (from > 1 && PARTICLES.contains(words[from - 1])) {
            from--;
        }
        String surname = String.join(" ", java.util.Arrays.asList(words).subList(from, last + 1));
        return alone.getOrDefault(surname, 0) == 0 ? middleNameAlone(words, from, alone, surname) : surname;
    }

    /**
     * "Lula" of "Luiz Inacio Lula da Silva": a middle name the article calls the person by alone,
     * where it never uses the surname alone; else the surname.
     */
    private static String middleNameAlone(String[] words, int surnameFrom, Map<String, Integer> alone, String surname) {
        for (int k = 1; k < surnameFrom; k++) {
            if (!PARTICLES.contains(words[k]) && alone.getOrDefault(words[k], 0) > 0) {
                return words[k];
            }
        }
        return surname;
    }

    private static Map<String, Integer> singleWordCounts(List<Run> runs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Run run : runs) {
            if (!isFullName(run)) {
                counts.merge(run.name, 1, Integer::sum);
            }
        }
        return counts;
    }

    private void findRuns(ArticleDocument document, Sentence sentence, ArticleMentions entities, List<Run> runs) {
        List<Token> tokens = sentence.tokens();
        boolean headline = titleCase(tokens);
        int i = 0;
        while (i < tokens.size()) {
            PhraseLexicon.Match<Title> title = lexicons.titles().at(tokens, i);
            if (title == null) {
                title = role(sentence, i, entities, headline);
            }
            if (title == null && !headline) {
                title = misspeltOffice(sentence, i, entities);
            }
            if (title != null && title.value().office()) {
                title = withComplement(sentence, title, entities, headline);
            }
            int start = title != null ? title.end() : i;
            CommaTitle commaTitle = title == null ? titleBeforeCommaAt(sentence, start, entities) : null;
            boolean loose = headline || commaTitle != null;
            int end = start < tokens.size() && (isNameWord(sentence, start, entities, loose)
                    || prefixedName(sentence, start, entities, loose)) ? runEnd(sentence, start, entities, loose) : start;
            if (end == start) {
                i = title != null ? title.end() : i + 1;
                continue;
            }
            if (title == null && start > 0 && isNameWord(sentence, start - 1, entities, headline)) {
                i = end;
                continue;
            }
            Run run = run(document, sentence, title, commaTitle, start, end, entities);
            if (accepted(sentence, run, headline)) {
                runs.add(run);
            }
            i = end;
        }
    }

    /**
     * "Lai Ching-te", "Ban Ki-moon", "Tsai Ing-wen": a name that ends in a hyphenated given name
     * written the East Asian way puts the family name first, which tells no gender as a given name would.
     */
    private static boolean familyNameFirst(List<Token> tokens, int start, int end) {
        return end - start >= 2 && ASIAN_GIVEN_NAME.matcher(tokens.get(end - 1).text()).matches();
    }

    /** @param commaTitle the title before a comma the name follows, when no title stands right before it */
    private Run run(ArticleDocument document, Sentence sentence, PhraseLexicon.@Nullable Match<Title> title,
            @Nullable CommaTitle commaTitle, int start, int end, ArticleMentions entities) {
        List<Token> tokens = sentence.tokens();
        boolean style = title != null && title.value().style();
        int nameStart = style ? title.start() : start;
        String name = document.text(tokens.get(nameStart), tokens.get(end - 1)).replaceAll("\\s+", " ");
        Run run = new Run(sentence.index(), title != null ? title.start() : start, start, end, name);
        if (title != null) {
            run.gender = title.value().gender();
            run.titled = true;
            if (title.value().office()) {
                titleBefore(document, sentence, title, entities, run);
            }
            else {
                officeBeforeHonorific(document, sentence, title.start(), entities, run);
            }
        }
        boolean titledBeforeComma = false;
        if (title == null) {
            titleInApposition(document, sentence, end, entities, run);
            titledBeforeComma = run.title == null && titleBeforeComma(document, sentence, commaTitle, entities, run);
        }
        if (run.gender == null && !PARTICLES.contains(tokens.get(start).lower()) && !familyNameFirst(tokens, start, end)) {
            run.gender = lexicons.genderOfFirstName(tokens.get(start).text());
            run.givenNameGender = run.gender != null;
        }
        if (run.affiliation == null) {
            run.affiliation = affiliationAfter(sentence, end, entities);
        }
        boolean object = run.from > 0 && (tokens.get(run.from - 1).is(Pos.ADP) || tokens.get(run.from - 1).is(Pos.DET)
                || run.from > 1 && tokens.get(run.from - 1).is(Pos.ADJ) && tokens.get(run.from - 2).is(Pos.DET));
        run.speaks = !object && speaksAfter(sentence, end) || speaksBefore(sentence, run.from);
        if (title == null && object && !titledBeforeComma) {
            run.titled = false;
        }
        return run;
    }

    /**
     * "host Rush Limbaugh", "campaign manager Kellyanne Conway": a noun naming what a person is, just
     * before a name, is that person's title.
     */
    private PhraseLexicon.@Nullable Match<Title> role(Sentence sentence, int i, ArticleMentions entities, boolean headline) {
        Token token = sentence.token(i);
        if (!token.is(Pos.NOUN) || i + 1 >= sentence.size() || !isNameWord(sentence, i + 1, entities, headline)) {
            return null;
        }
        Lexicons.SourceNoun noun = lexicons.sourceNoun(token.lemma());
        if (noun == null || noun.body() || !token.lemma().equals(token.lower())) {
            return null;
        }
        return new PhraseLexicon.Match<>(new Title("", true, false, noun.gender()), i, i + 1);
    }

    /**
     * "Presiden Ilham Aliyev", "Foreign Minster Ararat Mirzoyan": an office misspelt at {@code i},
     * or after a capitalised modifier at {@code i}, right before a name ({@link MisspeltOffices}); only
     * a word the tagger read as a name and the lexicons do not know ("Resident" stays a resident).
     */
    private PhraseLexicon.@Nullable Match<Title> misspeltOffice(Sentence sentence, int i, ArticleMentions entities) {
        for (int k = i; k <= i + 1 && k + 1 < sentence.size(); k++) {
            Token token = sentence.token(k);
            boolean modifierFirst = k == i || sentence.token(i).capitalized() && sentence.token(i).pos() != Pos.DET;
            boolean unknownWord = token.is(Pos.PROPN) && lexicons.sourceNoun(token.lower()) == null
                    && !lexicons.firstName(token.text());
            Title office = token.capitalized() && modifierFirst && unknownWord
                    ? MisspeltOffices.standard().near(token.text()) : null;
            if (office != null && isNameWord(sentence, k + 1, entities, false)) {
                return new PhraseLexicon.Match<>(office, k, k + 1);
            }
        }
        return null;
    }

    /**
     * "Ambassador to the UN Linda Morrow": an office, its complement naming a country or an
     * organisation, then the name; the office itself when no name follows such a complement.
     */
    private PhraseLexicon.Match<Title> withComplement(Sentence sentence, PhraseLexicon.Match<Title> office,
            ArticleMentions entities, boolean headline) {
        List<Token> tokens = sentence.tokens();
        int k = office.end();
        if (k + 1 >= tokens.size() || !COMPLEMENT_LINKS.contains(tokens.get(k).lower())) {
            return office;
        }
        k += tokens.get(k + 1).lower().equals("the") ? 2 : 1;
        Mention entity = k < tokens.size() ? entities.startingAt(sentence.index(), k) : null;
        int end = entity != null ? entity.to() : portfolioEnd(tokens, k);
        if (end <= k || end >= tokens.size() || !isNameWord(sentence, end, entities, headline)) {
            return office;
        }
        boolean fullName = end + 1 < tokens.size() && isNameWord(sentence, end + 1, entities, headline);
        if (entity == null && !fullName) {
            return office;
        }
        return new PhraseLexicon.Match<>(office.value(), office.start(), end);
    }

    /**
     * "Minister of Foreign Affairs Sameh Shoukry", "Secretary of Trade and Industry": the end of a
     * portfolio of capitalised common words (adjectives and nouns, "and" between them) after an
     * office's "of", where the name's own words, read as names, begin; {@code from} if none. Only a
     * full name may follow a portfolio, whose last word could otherwise be a body's ("BAE Systems").
     */
    private static int portfolioEnd(List<Token> tokens, int from) {
        int k = from;
        int end = from;
        while (k < tokens.size() && (portfolioWord(tokens.get(k)) || tokens.get(k).isAny("and", "&") && k > from)) {
            if (portfolioWord(tokens.get(k))) {
                end = k + 1;
            }
            k++;
        }
        return end;
    }

    /** A capitalised common word of a portfolio, not an acronym ("BAE" names a body). */
    private static boolean portfolioWord(Token token) {
        return token.capitalized() && (token.is(Pos.ADJ) || token.is(Pos.NOUN))
                && !token.text().equals(token.text().toUpperCase(Locale.ROOT));
    }

    /** In a title-case headline only a title or a given name tells a name from other capitalised words. */
    private boolean accepted(Sentence sentence, Run run, boolean headline) {
        return !headline || run.titled || lexicons.firstName(sentence.token(run.nameFrom).text()) && run.words() >= 2;
    }

    /** The title before the name: the lexicon's office with its modifiers, and the affiliation before them. */
    private void titleBefore(ArticleDocument document, Sentence sentence, PhraseLexicon.Match<Title> title,
            ArticleMentions entities, Run run) {
        List<Token> tokens = sentence.tokens();
        int titleStart = title.start();
        boolean lowerCase = !tokens.get(title.start()).capitalized();
        int k = title.start() - 1;
        while (k >= 0 && title.start() - k <= MAX_TITLE) {
            Token token = tokens.get(k);
            Mention entity = entities.at(sentence.index(), k);
            if (entity != null) {
                run.affiliation = entity;
                break;
            }
            if (token.lower().equals("'s") && k > 0 && entities.at(sentence.index(), k - 1) != null) {
                run.affiliation = entities.at(sentence.index(), k - 1);
                break;
            }
            if (isTitleModifier(token, lowerCase)) {
                titleStart = k;
                k--;
            }
            else if (token.lower().equals("and") && titleStart == k + 1 && k > 0
                    && isTitleModifier(tokens.get(k - 1), lowerCase) && lexicons.titles().at(tokens, k + 1) == null) {
                k--;
            }
            else {
                break;
            }
        }
        run.title = titleText(document, sentence, titleStart, title);
        if (titleStart < run.from) {
            run.from = titleStart;
        }
    }

    private boolean isTitleModifier(Token token, boolean lowerCaseTitle) {
        boolean misreadName = token.is(Pos.PRON) && token.capitalized() && !Chunker.personalPronoun(token);
        boolean modifierTag = token.is(Pos.NOUN) || token.is(Pos.PROPN) || token.is(Pos.ADJ) || misreadName;
        if (!token.word() || !modifierTag) {
            return false;
        }
        return token.capitalized() || lowerCaseTitle;
    }

    /**
     * The title as written, or the lexicon's title for an abbreviation ("Sen." → "Senator") or a
     * misspelt office ("Presiden" → "President").
     */
    private static String titleText(ArticleDocument document, Sentence sentence, int from,
            PhraseLexicon.Match<Title> title) {
        List<Token> tokens = sentence.tokens();
        String written = document.text(tokens.get(from), tokens.get(title.end() - 1)).replaceAll("\\s+", " ");
        String display = title.value().display();
        String office = document.text(tokens.get(title.start()), tokens.get(title.end() - 1));
        boolean misspelt = title.length() == 1 && MisspeltOffices.standard().near(office) != null;
        if (display.isEmpty() || !isAbbreviation(office) && !misspelt) {
            return written;
        }
        String modifiers = from < title.start()
                ? document.text(tokens.get(from), tokens.get(title.start() - 1)).strip() + " " : "";
        return modifiers + display;
    }

    private static boolean isAbbreviation(String text) {
        return text.endsWith(".") || text.length() <= 3 && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** ", [the] [NATO's] secretary general [of the alliance]," after a name. */
    private void titleInApposition(ArticleDocument document, Sentence sentence, int end, ArticleMentions entities,
            Run run) {
        List<Token> tokens = sentence.tokens();
        if (end >= tokens.size() || !tokens.get(end).lower().equals(",")) {
            return;
        }
        int k = end + 1;
        if (k < tokens.size() && APPOSITION_DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        Mention affiliation = null;
        Mention entity = k < tokens.size() ? entities.startingAt(sentence.index(), k) : null;
        if (entity != null) {
            affiliation = entity;
            k = entity.to();
            if (k < tokens.size() && tokens.get(k).lower().equals("'s")) {
                k++;
            }
        }
        int phraseStart = k;
        int phraseEnd = k;
        while (phraseEnd < tokens.size() && entities.at(sentence.index(), phraseEnd) == null) {
            PhraseLexicon.Match<Title> office = lexicons.titles().at(tokens, phraseEnd);
            if (office != null) {
                phraseEnd = office.end();
            }
            else if (isTitleWord(tokens.get(phraseEnd))) {
                phraseEnd++;
            }
            else {
                break;
            }
        }
        PhraseLexicon.Match<Title> title = titleEndingAt(tokens, phraseStart, phraseEnd);
        Lexicons.SourceNoun role = phraseEnd > phraseStart ? lexicons.sourceNoun(tokens.get(phraseEnd - 1).lemma()) : null;
        boolean office = title != null && title.value().office();
        if (!office && (role == null || role.body())) {
            return;
        }
        int titleEnd = complementEnd(sentence, phraseEnd, entities);
        if (titleEnd < tokens.size() && !closesApposition(tokens.get(titleEnd))) {
            return;
        }
        List<Mention> inside = entities.within(sentence.index(), phraseEnd, titleEnd);
        if (titleEnd > phraseEnd && isOnlyEntity(sentence, phraseEnd + 1, titleEnd, inside)) {
            if (affiliation == null) {
                affiliation = inside.getFirst();
            }
            titleEnd = phraseEnd;
        }
        run.title = document.text(tokens.get(phraseStart), tokens.get(titleEnd - 1)).replaceAll("\\s+", " ");
        run.affiliation = affiliation != null ? affiliation : inside.isEmpty() ? null : inside.getFirst();
        run.titled = true;
        if (run.gender == null) {
            run.gender = office ? title.value().gender() : role.gender();
        }
    }

    /**
     * An apposition ends at a comma, a bracket, the sentence's end or a relative clause about the
     * person ("a professor at Ohio State University who studies ..."), not at its own verb.
     */
    private static boolean closesApposition(Token token) {
        return token.isAny(",", ".", ";", ")", ":") || token.quote() || RELATIVES.contains(token.lower());
    }

    /** "Mr. Morgan of the Sierra Club": an organisation or country right after the name. */
    private static @Nullable Mention affiliationAfter(Sentence sentence, int end, ArticleMentions entities) {
        if (end + 1 >= sentence.size() || !AFFILIATION_LINKS.contains(sentence.token(end).lower())) {
            return null;
        }
        int k = end + 1;
        if (sentence.token(k).lower().equals("the") && k + 1 < sentence.size()) {
            k++;
        }
        return entities.startingAt(sentence.index(), k);
    }

    /**
     * "Japan's prime minister, Fumio Kishida", "the Minister of Foreign Affairs of Ukraine, Dmytro
     * Kuleba": a title, perhaps with its complement, and a comma before the name. A country in the
     * complement is the person's affiliation, an organisation there is part of the title ("Permanent
     * Representative to the UN").
     */
    private boolean titleBeforeComma(ArticleDocument document, Sentence sentence, @Nullable CommaTitle before,
            ArticleMentions entities, Run run) {
        if (before == null) {
            return false;
        }
        titleBefore(document, sentence, before.title(), entities, run);
        if (before.country() != null) {
            run.affiliation = before.country();
        }
        run.titled = true;
        return true;
    }

    /** "COP President Dr Sultan Al Jaber", "the summit's president, Dr. Lena Ek": an office before an honorific. */
    private void officeBeforeHonorific(ArticleDocument document, Sentence sentence, int honorific,
            ArticleMentions entities, Run run) {
        PhraseLexicon.Match<Title> office = titleEndingAt(sentence.tokens(), Math.max(0, honorific - MAX_TITLE), honorific);
        if (office != null && office.value().office()) {
            titleBefore(document, sentence, office, entities, run);
        }
        else {
            titleBeforeComma(document, sentence, titleBeforeCommaAt(sentence, honorific, entities), entities, run);
        }
    }

    /** An office before a comma, and the country of its complement; what the name at {@code start} follows. */
    private record CommaTitle(PhraseLexicon.Match<Title> title, @Nullable Mention country) {
    }

    private @Nullable CommaTitle titleBeforeCommaAt(Sentence sentence, int start, ArticleMentions entities) {
        List<Token> tokens = sentence.tokens();
        if (start < 2 || start >= tokens.size() || !tokens.get(start - 1).lower().equals(",")) {
            return null;
        }
        int comma = start - 1;
        int from = Math.max(0, comma - MAX_TITLE);
        PhraseLexicon.Match<Title> title = titleEndingAt(tokens, from, comma);
        if (title != null) {
            return title.value().office() ? new CommaTitle(title, null) : null;
        }
        for (int j = from; j < comma; j++) {
            PhraseLexicon.Match<Title> office = lexicons.titles().at(tokens, j);
            CommaTitle complemented = office == null || !office.value().office() ? null
                    : complemented(sentence, office, comma, entities);
            if (complemented != null) {
                return complemented;
            }
        }
        return null;
    }

    /**
     * The office with the complements that fill the tokens up to the comma: "of Foreign Affairs" (in
     * capitals) and "to the UN" (an organisation) are part of the title, a last "of Ukraine" (a
     * country) is the person's affiliation; null when something else stands before the comma.
     */
    private static @Nullable CommaTitle complemented(Sentence sentence, PhraseLexicon.Match<Title> office, int comma,
            ArticleMentions entities) {
        int k = office.end();
        int titleEnd = office.end();
        Mention country = null;
        while (k < comma && country == null) {
            if (k + 1 >= comma || !COMPLEMENT_LINKS.contains(sentence.token(k).lower())) {
                return null;
            }
            int m = k + (sentence.token(k + 1).lower().equals("the") ? 2 : 1);
            Mention entity = m < comma ? entities.startingAt(sentence.index(), m) : null;
            if (entity != null && entity.kind() == MentionKind.COUNTRY && entity.to() == comma) {
                country = entity;
                k = comma;
            }
            else {
                int q = entity != null ? entity.to() : capitalsEnd(sentence, m, comma);
                if (q <= m) {
                    return null;
                }
                k = q;
                titleEnd = q;
            }
        }
        return k == comma ? new CommaTitle(new PhraseLexicon.Match<>(office.value(), office.start(), titleEnd), country)
                : null;
    }

    /** The end of the capitalised words from {@code from}, before {@code end}. */
    private static int capitalsEnd(Sentence sentence, int from, int end) {
        int k = from;
        while (k < end && sentence.token(k).word() && sentence.token(k).capitalized()) {
            k++;
        }
        return k;
    }

    /** The longest title of the lexicon that ends exactly at {@code end} and starts at or after {@code from}. */
    private PhraseLexicon.@Nullable Match<Title> titleEndingAt(List<Token> tokens, int from, int end) {
        for (int j = from; j < end; j++) {
            PhraseLexicon.Match<Title> match = lexicons.titles().at(tokens, j);
            if (match != null && match.end() == end) {
                return match;
            }
        }
        return null;
    }

    /**
     * The end of an "of the alliance", "to the UN" after a title, or {@code from} when none follows.
     * A name it holds is passed whole, whatever its words' tags ("of the Arms Control Association"),
     * and so is a gerund of the field ("associate for education organizing at ...").
     */
    private static int complementEnd(Sentence sentence, int from, ArticleMentions entities) {
        List<Token> tokens = sentence.tokens();
        if (from >= tokens.size() || !COMPLEMENT_LINKS.contains(tokens.get(from).lower())) {
            return from;
        }
        int k = from + 1;
        while (k < tokens.size()) {
            Mention entity = entities.startingAt(sentence.index(), k);
            if (entity != null) {
                k = entity.to();
            }
            else if (complementWord(tokens.get(k))) {
                k++;
            }
            else {
                break;
            }
        }
        return k > from + 1 ? k : from;
    }

    private static boolean complementWord(Token token) {
        boolean word = token.word() || token.lower().equals("-") || token.lower().equals("'s");
        boolean gerund = token.is(Pos.VERB) && token.lower().endsWith("ing");
        return word && (!token.pos().verbal() || gerund) && !RELATIVES.contains(token.lower());
    }

    /** Whether tokens {@code [from, to)} are only one entity, with an article before it ("the alliance"). */
    private static boolean isOnlyEntity(Sentence sentence, int from, int to, List<Mention> inside) {
        if (inside.size() != 1) {
            return false;
        }
        Mention entity = inside.getFirst();
        int start = from < to && sentence.token(from).lower().equals("the") ? from + 1 : from;
        return entity.from() == start && entity.to() == to;
    }

    private static boolean isTitleWord(Token token) {
        return token.word() && (token.is(Pos.NOUN) || token.is(Pos.ADJ) || token.is(Pos.PROPN) || token.is(Pos.NONE));
    }

    /** A reporting verb after the name, past auxiliaries and adverbs: "Davis said", "Kishida has also said". */
    private boolean speaksAfter(Sentence sentence, int end) {
        List<Token> tokens = sentence.tokens();
        int k = end;
        if (k < tokens.size() && tokens.get(k).lower().equals(",")) {
            k = afterApposition(tokens, k);
            if (k < 0) {
                return false;
            }
        }
        if (k < tokens.size() && tokens.get(k).lower().equals("(")) {
            while (k < tokens.size() && !tokens.get(k).lower().equals(")")) {
                k++;
            }
            k++;
        }
        while (k < tokens.size() && (tokens.get(k).is(Pos.AUX) || tokens.get(k).is(Pos.ADV)
                || tokens.get(k).is(Pos.PART) || FLOATING.contains(tokens.get(k).lower()))) {
            k++;
        }
        return k < tokens.size() && isReportingVerb(tokens.get(k));
    }

    /** The token after the comma closing an apposition opened by the comma at {@code comma}, or -1. */
    private static int afterApposition(List<Token> tokens, int comma) {
        for (int k = comma + 1; k < tokens.size() && k - comma <= MAX_APPOSITION; k++) {
            String word = tokens.get(k).lower();
            if (word.equals(",")) {
                return k + 1;
            }
            if (word.equals(".") || word.equals(";") || tokens.get(k).quote()) {
                return -1;
            }
        }
        return -1;
    }

    /** "..., said Jens Stoltenberg", "according to Stoltenberg": the name after an inverted reporting verb. */
    private boolean speaksBefore(Sentence sentence, int from) {
        if (from == 0) {
            return false;
        }
        Token before = sentence.token(from - 1);
        boolean inverted = isReportingVerb(before) && (from == 1 || from >= 2
                && (sentence.token(from - 2).lower().equals(",") || sentence.token(from - 2).quote()));
        return inverted || accordingTo(sentence, from);
    }

    /** "according to Mensah", "according to harbour pilot Kwesi Mensah": a source's name after "according to". */
    private static boolean accordingTo(Sentence sentence, int from) {
        int k = from - 1;
        while (k >= 0 && from - k <= DESCRIPTION_REACH && sentence.token(k).word() && !sentence.token(k).capitalized()
                && !sentence.token(k).lower().equals("to")) {
            k--;
        }
        return k >= 1 && sentence.token(k).lower().equals("to") && sentence.token(k - 1).lower().equals("according");
    }

    /** "Officials", "Critics": a capitalised common noun of sources, not a name, at a sentence's start. */
    private boolean describesSource(Token token) {
        String lower = token.lower();
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return lexicons.sourceNoun(token.lemma()) != null || lexicons.sourceNoun(lower) != null
                || lexicons.sourceNoun(singular) != null;
    }

    private boolean isReportingVerb(Token token) {
        return token.is(Pos.VERB) && !lexicons.reportingVerb(token.lemma()).isEmpty();
    }

    /** The end of the name run starting at {@code start}: name words, particles, hyphens, a suffix. */
    private int runEnd(Sentence sentence, int start, ArticleMentions entities, boolean headline) {
        List<Token> tokens = sentence.tokens();
        int k = start + 1;
        int words = 1;
        boolean firstName = lexicons.firstName(tokens.get(start).text());
        while (k < tokens.size() && words < MAX_NAME_WORDS) {
            int particles = particlesBeforeName(sentence, k, entities, headline);
            if (isNameWord(sentence, k, entities, headline) || continuesName(sentence, k, entities)
                    || firstName && words == 1 && continuesGivenName(sentence, k, entities)) {
                words++;
                k++;
            }
            else if (particles > 0) {
                k += particles;
            }
            else if (prefixedName(sentence, k, entities, headline)) {
                k += 2;
            }
            else if (isJoiningHyphen(tokens, k) && (isNameWord(sentence, k + 1, entities, headline)
                    || tokens.get(k + 1).word() && !tokens.get(k + 1).capitalized())) {
                k += 2;
            }
            else if (isInitial(tokens, k) && k + 2 < tokens.size() && isNameWord(sentence, k + 2, entities, headline)) {
                k += 2;
            }
            else {
                break;
            }
        }
        if (k < tokens.size() && SUFFIXES.contains(tokens.get(k).text())) {
            k++;
        }
        return k;
    }

    /** "von der" in "Ursula von der Leyen": the lower-case particles from {@code k} before a name word, or 0. */
    private int particlesBeforeName(Sentence sentence, int k, ArticleMentions entities, boolean headline) {
        List<Token> tokens = sentence.tokens();
        int end = k;
        while (end < tokens.size() && PARTICLES.contains(tokens.get(end).lower()) && !tokens.get(end).capitalized()) {
            end++;
        }
        return end > k && end < tokens.size() && isNameWord(sentence, end, entities, headline) ? end - k : 0;
    }

    /** "Lai Ching-te" with "Ching" read as a verb: a capitalised word right after a name word goes on with it. */
    private boolean continuesName(Sentence sentence, int k, ArticleMentions entities) {
        Token token = sentence.token(k);
        return token.word() && token.capitalized() && token.text().length() > 1 && token.pos().verbal()
                && !lexicons.notName(token.text()) && entities.at(sentence.index(), k) == null
                && !isAcronym(token.text());
    }

    /** "Theresa May": after a given name, a proper noun that is otherwise a month or a modal. */
    private static boolean continuesGivenName(Sentence sentence, int k, ArticleMentions entities) {
        Token token = sentence.token(k);
        return token.word() && token.text().length() > 1 && token.capitalized() && token.is(Pos.PROPN)
                && entities.at(sentence.index(), k) == null;
    }

    /** "al-Jaber", "el-Sisi": a particle joined by a hyphen to a name opens it. */
    private boolean prefixedName(Sentence sentence, int k, ArticleMentions entities, boolean headline) {
        List<Token> tokens = sentence.tokens();
        return k + 2 < tokens.size() && PARTICLES.contains(tokens.get(k).lower()) && isJoiningHyphen(tokens, k + 1)
                && isNameWord(sentence, k + 2, entities, headline);
    }

    /** "John D. Podesta": a capital letter and its period, inside a name. */
    private static boolean isInitial(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return k + 1 < tokens.size() && token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0))
                && tokens.get(k + 1).text().equals(".") && tokens.get(k + 1).start() == token.end();
    }

    private static boolean isJoiningHyphen(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).lower().equals("-") && tokens.get(k - 1).end() == tokens.get(k).start()
                && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    private boolean isNameWord(Sentence sentence, int k, ArticleMentions entities, boolean headline) {
        Token token = sentence.token(k);
        String text = token.text();
        if (!token.word() || !token.capitalized() || text.length() < 2 || isAcronym(text)
                || lexicons.notName(text) || entities.at(sentence.index(), k) != null || places.placeAt(sentence.tokens(), k)
                || lexicons.titles().at(sentence.tokens(), k) != null && !afterHonorific(sentence, k)) {
            return false;
        }
        if (!sentence.tagged() || headline) {
            return true;
        }
        if (k == 0) {
            return token.is(Pos.PROPN) || misreadGivenName(sentence, k) || !describesSource(token) && !isReportingVerb(token) && !token.is(Pos.DET)
                    && !token.is(Pos.PRON)
                    && !token.is(Pos.ADP) && !token.is(Pos.SCONJ) && !token.is(Pos.CCONJ) && !token.is(Pos.ADV);
        }
        // a capitalised word inside a sentence tagged as a pronoun ("Ibrahim/PRON") is a name the tagger
        // has not seen: the pronouns themselves are not-names
        return !token.pos().verbal() && !token.is(Pos.ADP) && !token.is(Pos.DET)
                && !token.is(Pos.CCONJ) && !token.is(Pos.SCONJ) && !token.is(Pos.NUM);
    }

    /**
     * "İbrahim/PRON Kalın/PROPN" opening a sentence: a capitalised word the tagger took for a pronoun
     * (one it has not seen), which is no personal pronoun, before a proper noun.
     */
    private static boolean misreadGivenName(Sentence sentence, int k) {
        Token token = sentence.token(k);
        return token.is(Pos.PRON) && !Chunker.personalPronoun(token) && k + 1 < sentence.size()
                && sentence.token(k + 1).is(Pos.PROPN) && sentence.token(k + 1).capitalized();
    }

    /** "Mr. King", "Ms. Bishop": after an honorific a title word is a surname. */
    private boolean afterHonorific(Sentence sentence, int k) {
        if (k == 0) {
            return false;
        }
        PhraseLexicon.Match<Title> before = lexicons.titles().at(sentence.tokens(), k - 1);
        return before != null && before.end() == k && !before.value().office() && !before.value().style();
    }

    /** "NATO", "BBC": an acronym names an organisation, not a person; "Jr." and initials are not acronyms. */
    private static boolean isAcronym(String text) {
        if (text.length() == 2 && text.charAt(1) == '.') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline in title case: its common words (those the tagger does not call proper nouns)
     * capitalised, so capitals say nothing about names.
     */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.word() && token.text().length() > 2 && !token.is(Pos.PROPN)) {
                words++;
                capitalised += token.capitalized() ? 1 : 0;
            }
        }
        return words >= HEADLINE_MIN_WORDS && capitalised * 4 >= words * 3;
    }

    /** A name without accents or case, so "António Guterres" and "Antonio Guterres" are one person. */
    static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
