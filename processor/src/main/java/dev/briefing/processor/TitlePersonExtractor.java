package dev.briefing.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.PersonExtractor.Gender;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.summary.Person;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds people by the grammar news English names them with, over a lexicon of titles
 * ({@code reference/titles.tsv}):
 * <ul>
 * <li>a title or honorific before a name: "Prime Minister Fumio Kishida", "Mr Blair", with the
 * affiliation standing before the title ("Japan's Prime Minister", "NATO Secretary General");</li>
 * <li>a name with a title in apposition: "Stoltenberg, secretary general of the ... alliance,";</li>
 * <li>a full name (two or three capitalised words) that says something: "Jens Stoltenberg said".</li>
 * </ul>
 * A name is a run of capitalised words that are not countries, organisations, titles or words that
 * never name a person ({@code not-names.tsv}). Later mentions by surname, with or without an
 * honorific, are mentions of the same person. Thread-safe: immutable after construction.
 */
public class TitlePersonExtractor implements PersonExtractor {

    record Title(String title, boolean office, @Nullable Gender gender) {
    }

    private record Affiliation(@Nullable String country, @Nullable String organization) {

        static final Affiliation NONE = new Affiliation(null, null);
    }

    private record Appositive(String title, Affiliation affiliation) {
    }

    /** A country or organisation mention, as it affiliates a person. */
    private record Entity(Mention mention, boolean country) {

        Affiliation affiliation() {
            return country ? new Affiliation(mention.id(), null) : new Affiliation(null, mention.id());
        }
    }

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "bin", "al", "da", "del", "la", "le", "di",
            "du", "ben", "der", "dos");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");

    private static final Set<String> AFFILIATION_LINKS = Set.of("of", "at", "for", "to", "in", "with");

    private static final int MAX_NAME = 4;

    private final PhraseLexicon<Title> titles;

    private final PhraseLexicon<Boolean> reportingCues;

    private final Set<String> notNames;

    TitlePersonExtractor(PhraseLexicon<Title> titles, PhraseLexicon<Boolean> reportingCues, Set<String> notNames) {
        this.titles = titles;
        this.reportingCues = reportingCues;
        this.notNames = Set.copyOf(notNames);
    }

    /** The extractor over the project's reference data. */
    public static TitlePersonExtractor standard() {
        PhraseLexicon<Title> titles = PhraseLexicon.ignoringCase();
        for (String[] row : ReferenceData.rows("titles.tsv")) {
            Gender gender = switch (row.length > 3 ? row[3] : "") {
                case "m" -> Gender.MALE;
                case "f" -> Gender.FEMALE;
                default -> null;
            };
            titles.add(row[0], new Title(row[1].strip(), row[2].equals("office"), gender));
        }
        PhraseLexicon<Boolean> cues = PhraseLexicon.ignoringCase();
        for (String[] row : ReferenceData.rows("reporting-cues.tsv")) {
            ReferenceData.items(row[1]).forEach(cue -> cues.add(cue, true));
        }
        Set<String> notNames = new HashSet<>();
        ReferenceData.rows("not-names.tsv").forEach(row -> notNames.add(row[0]));
        return new TitlePersonExtractor(titles, cues, notNames);
    }

    /** A person being put together from the mentions that name them. */
    private static final class Found {

        String name;

        @Nullable String title;

        @Nullable String country;

        @Nullable String organization;

        @Nullable Gender gender;

        Found(String name) {
            this.name = name;
        }

        void learn(String fullName, @Nullable String title, Affiliation affiliation) {
            if (fullName.length() > name.length()) {
                name = fullName;
            }
            if (this.title == null) {
                this.title = title;
            }
            if (country == null && organization == null) {
                country = affiliation.country();
                organization = affiliation.organization();
            }
        }

        Person person() {
            return new Person(name, title, country, organization);
        }
    }

    @Override
    public People extract(ArticleDocument document, List<Mention> countries, List<Mention> organizations) {
        Map<Integer, Map<Integer, Entity>> entities = index(countries, organizations);
        Map<String, Found> bySurname = new LinkedHashMap<>();
        Map<String, String> fullNames = new HashMap<>();
        for (Sentence sentence : document.sentences()) {
            findPeople(document, sentence, entities.getOrDefault(sentence.index(), Map.of()), bySurname, fullNames);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            findMentions(document, sentence, entities.getOrDefault(sentence.index(), Map.of()), bySurname, mentions);
        }
        Map<String, Gender> genders = new HashMap<>();
        bySurname.values().stream().filter(found -> found.gender != null)
                .forEach(found -> genders.put(found.name, found.gender));
        return new People(bySurname.values().stream().map(Found::person).toList(), mentions, genders);
    }

    private void findPeople(ArticleDocument document, Sentence sentence, Map<Integer, Entity> entities,
            Map<String, Found> bySurname, Map<String, String> fullNames) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            PhraseLexicon.Match<Title> title = titles.at(tokens, i);
            if (title != null) {
                int end = nameEnd(tokens, title.end(), entities);
                if (end > title.end()) {
                    String name = document.text(tokens.get(title.end()), tokens.get(end - 1));
                    String surname = tokens.get(end - 1).text();
                    String full = end - title.end() == 1 ? fullNames.getOrDefault(surname, name) : name;
                    Found found = bySurname.computeIfAbsent(surname, s -> new Found(full));
                    if (contradicts(title, found)) {
                        i = end;
                        continue;
                    }
                    found.learn(full, title.value().office() ? title.value().title() : null,
                            affiliationBefore(tokens, i, entities));
                    if (found.gender == null) {
                        found.gender = title.value().gender();
                    }
                    i = end;
                    continue;
                }
                i = title.end();
                continue;
            }
            int end = nameEnd(tokens, i, entities);
            if (end - i >= 2) {
                String name = document.text(tokens.get(i), tokens.get(end - 1));
                String surname = tokens.get(end - 1).text();
                fullNames.putIfAbsent(surname, name);
                Appositive appositive = appositive(tokens, end, entities);
                boolean speaks = end < tokens.size() && reportingCues.at(tokens, end) != null;
                if (appositive != null || speaks || bySurname.containsKey(surname)) {
                    bySurname.computeIfAbsent(surname, s -> new Found(name))
                            .learn(name, appositive == null ? null : appositive.title(),
                                    appositive == null ? Affiliation.NONE : appositive.affiliation());
                }
                i = end;
                continue;
            }
            i = Math.max(end, i + 1);
        }
    }

    private void findMentions(ArticleDocument document, Sentence sentence, Map<Integer, Entity> entities,
            Map<String, Found> bySurname, List<Mention> mentions) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            PhraseLexicon.Match<Title> title = titles.at(tokens, i);
            int start = title != null ? title.end() : i;
            int end = nameEnd(tokens, start, entities);
            if (end > start) {
                Found found = bySurname.get(tokens.get(end - 1).text());
                if (found != null && !contradicts(title, found)) {
                    Appositive appositive = appositive(tokens, end, entities);
                    if (appositive != null) {
                        found.learn(found.name, appositive.title(), appositive.affiliation());
                    }
                    mentions.add(new Mention(found.name, found.name,
                            document.text(tokens.get(start), tokens.get(end - 1)), sentence.index(), start, end));
                }
                i = end;
            }
            else {
                i = title != null ? title.end() : i + 1;
            }
        }
    }

    /** A title of the other gender than the person's ("Mrs Howard" after "Michael Howard"): someone else. */
    private static boolean contradicts(PhraseLexicon.@Nullable Match<Title> title, Found found) {
        return title != null && title.value().gender() != null && found.gender != null
                && title.value().gender() != found.gender;
    }

    /** The end of the run of name words starting at {@code start} ({@code start} itself when none). */
    private int nameEnd(List<Token> tokens, int start, Map<Integer, Entity> entities) {
        int k = start;
        while (k < tokens.size() && k - start < MAX_NAME) {
            if (isNameWord(tokens, k, entities)) {
                k++;
            }
            else if (k > start && k + 1 < tokens.size() && isNameWord(tokens, k + 1, entities)
                    && (PARTICLES.contains(tokens.get(k).text()) || tokens.get(k).text().equals("-"))) {
                k += 2;
            }
            else {
                break;
            }
        }
        return k;
    }

    private boolean isNameWord(List<Token> tokens, int k, Map<Integer, Entity> entities) {
        Token token = tokens.get(k);
        String text = token.text();
        return token.capitalized() && token.word() && text.length() > 1 && !isAllCaps(text)
                && !notNames.contains(text) && !entities.containsKey(k) && titles.at(tokens, k) == null;
    }

    private static boolean isAllCaps(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The title in apposition after a name: ", [the] [NATO's] secretary general [of the alliance]," or null. */
    private @Nullable Appositive appositive(List<Token> tokens, int end, Map<Integer, Entity> entities) {
        if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        int k = end + 1;
        if (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        Affiliation before = Affiliation.NONE;
        Entity entity = k < tokens.size() ? entities.get(k) : null;
        if (entity != null) {
            before = entity.affiliation();
            k = entity.mention().to();
            if (k < tokens.size() && tokens.get(k).text().equals("'s")) {
                k++;
            }
        }
        PhraseLexicon.Match<Title> title = k < tokens.size() ? titles.at(tokens, k) : null;
        if (title == null || !title.value().office()) {
            return null;
        }
        Affiliation after = Affiliation.NONE;
        k = title.end();
        if (k < tokens.size() && AFFILIATION_LINKS.contains(tokens.get(k).lower())) {
            for (int j = k + 1; j < tokens.size() && !isClauseBreak(tokens.get(j)); j++) {
                Entity found = entities.get(j);
                if (found != null) {
                    after = found.affiliation();
                    break;
                }
            }
        }
        return new Appositive(title.value().title(), before != Affiliation.NONE ? before : after);
    }

    private static boolean isClauseBreak(Token token) {
        return switch (token.text()) {
            case ",", ".", ";", ":", "(", ")" -> true;
            default -> false;
        };
    }

    /** The country or organisation named just before a title: "Japan's", "NATO", "Chinese". */
    private static Affiliation affiliationBefore(List<Token> tokens, int title, Map<Integer, Entity> entities) {
        int k = title - 1;
        if (k >= 0 && tokens.get(k).text().equals("'s")) {
            k--;
        }
        Entity entity = k >= 0 ? entities.get(k) : null;
        return entity == null ? Affiliation.NONE : entity.affiliation();
    }

    /** Sentence index to token index to the country or organisation mention covering that token. */
    private static Map<Integer, Map<Integer, Entity>> index(List<Mention> countries, List<Mention> organizations) {
        Map<Integer, Map<Integer, Entity>> index = new HashMap<>();
        for (List<Mention> mentions : List.of(countries, organizations)) {
            boolean country = mentions == countries;
            for (Mention mention : mentions) {
                Map<Integer, Entity> tokens = index.computeIfAbsent(mention.sentence(), s -> new HashMap<>());
                for (int k = mention.from(); k < mention.to(); k++) {
                    tokens.putIfAbsent(k, new Entity(mention, country));
                }
            }
        }
        return index;
    }
}
