package dev.briefing.processor.coreference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.mention.ArticleMentions;
import dev.briefing.processor.mention.CountryExtractor;
import dev.briefing.processor.mention.Mention;
import dev.briefing.processor.mention.MentionKind;
import dev.briefing.processor.mention.OrganizationExtractor;
import dev.briefing.processor.reference.Gender;
import dev.briefing.processor.reference.Lexicons;
import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.Title;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.summary.ActorType;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Chunk;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an article's references by salience, in the manner of Lappin and Leass ("An Algorithm
 * for Pronominal Anaphora Resolution", 1994), reduced to what news needs:
 * <ul>
 * <li>names: every mention of one person (by full name or surname), country or organisation is one
 * entity, with the title and affiliation any of its mentions gives;</li>
 * <li>definite descriptions: "the alliance" is the organisation last named that the reference data
 * call so (NATO); "the country" the country last named; "the minister", "the French leader" the
 * person last named whose title has that head (and country); "the two leaders" the last two
 * people named; "the sides", "the top diplomats", "both countries" the parties last named together
 * (a coordination, in the sentence or before it, or else the people of two or more countries, or the
 * countries, one sentence names); "the ministry", "the party" the organisation of that kind last named;</li>
 * <li>pronouns: "he" and "she" the person of agreeing gender, "they" a plural source or a
 * coordination ("Kishida and Stoltenberg"), "it" an organisation, country or body; the candidate
 * preferred is a subject (a mention before a verb), then the nearest, within a few sentences. "I"
 * and "we" are the speaker's, which only the attribution layer knows.</li>
 * </ul>
 * A described source that none of these resolves stands for itself ("officials"). Thread-safe.
 */
public final class SalienceReferenceResolver implements ReferenceResolver {

    /** Sentences back a pronoun looks for its antecedent. */
    private static final int PERSON_REACH = 3;

    private static final int OTHER_REACH = 2;

    /** Sentences back "the country" or "the minister" looks. */
    private static final int DESCRIPTION_REACH = 6;

    private static final int SUBJECT_BONUS = 2;

    private static final int DISTANCE_COST = 3;

    /** Parties a group description such as "the sides" stands for, at the least. */
    private static final int MIN_PARTIES = 2;

    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

    private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");

    private static final Set<String> NEUTER = Set.of("it", "its", "itself");

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    /** Words that open a subordinate clause, whose subject follows them ("until Russia ends its war"). */
    private static final Set<String> SUBORDINATORS = WordClasses.standard().of("subordinator");

    private static final Set<String> PAIRS = WordClasses.standard().of("pair");

    /** Plural heads by which an article refers to the parties it has named together: "the sides". */
    private static final Set<String> PARTIES = WordClasses.standard().of("party");

    private static final Set<String> COUNTRY_NOUNS = WordClasses.standard().of("country-noun");

    private final CountryExtractor countries;

    private final OrganizationExtractor organizations;

    private final Lexicons lexicons;

    public SalienceReferenceResolver(CountryExtractor countries, OrganizationExtractor organizations, Lexicons lexicons) {
        this.countries = countries;
        this.organizations = organizations;
        this.lexicons = lexicons;
    }

    /** A mention and what it stands for, as a candidate antecedent. */
    private record Candidate(Mention mention, List<Entity> entities, boolean subject, boolean primary) {

        Candidate(Mention mention, List<Entity> entities, boolean subject) {
            this(mention, entities, subject, false);
        }
    }

    @Override
    public ArticleReferences resolve(ArticleDocument document, ArticleMentions named) {
        Map<Mention, List<Entity>> byMention = new LinkedHashMap<>();
        Map<String, Entity> people = people(named.of(MentionKind.PERSON));
        Map<String, String> organizationNames = organizationNames(named.of(MentionKind.ORGANIZATION));
        Map<String, String> organizationCountries = organizationCountries(named);
        for (Mention mention : named.all()) {
            switch (mention.kind()) {
                case PERSON -> byMention.put(mention, List.of(people.get(mention.key())));
                case COUNTRY -> byMention.put(mention, List.of(country(mention.key())));
                case ORGANIZATION -> byMention.put(mention, List.of(members(mention)
                        ? new Entity(ActorType.GROUP, mention.form(), null, null, mention.key(), null, true)
                        : organization(mention.key(), organizationNames.get(mention.key()),
                                organizationCountries.get(mention.key()))));
                case GROUP -> {
                }
            }
        }
        List<Mention> all = new ArrayList<>(named.all());
        List<Candidate> history = new ArrayList<>();
        Map<Long, List<Entity>> byPronoun = new HashMap<>();
        Map<Long, List<Entity>> owned = new HashMap<>();
        Map<String, List<Entity>> ownersByHead = new HashMap<>();
        for (Sentence sentence : document.sentences()) {
            List<Mention> added = descriptions(sentence, named, history, byMention);
            all.addAll(added);
            all.removeIf(mention -> mention.kind() == MentionKind.GROUP && !byMention.containsKey(mention)
                    && mention.sentence() == sentence.index());
            List<Candidate> here = candidates(sentence, named, added, byMention);
            pronouns(document, sentence, history, here, byPronoun);
            owners(sentence, new ArticleMentions(all), byMention, byPronoun, ownersByHead, owned);
            history.addAll(here);
        }
        return new ArticleReferences(new ArticleMentions(all), byMention, byPronoun, owned);
    }

    private Map<String, Entity> people(List<Mention> mentions) {
        Map<String, Entity> people = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Entity known = people.get(mention.key());
            if (known == null) {
                people.put(mention.key(), new Entity(ActorType.PERSON, mention.key(), mention.title(), mention.country(),
                        mention.organization(), mention.gender(), false));
            }
            else {
                people.put(mention.key(), new Entity(ActorType.PERSON, known.name(),
                        known.title() != null ? known.title() : mention.title(),
                        known.country() != null || known.organization() != null ? known.country() : mention.country(),
                        known.country() != null || known.organization() != null ? known.organization() : mention.organization(),
                        known.gender() != null ? known.gender() : mention.gender(), false));
            }
        }
        return people;
    }

    private Entity country(String code) {
        return new Entity(ActorType.COUNTRY, countries.name(code), null, code, null, null, false);
    }

    private static Entity organization(String key, @Nullable String name) {
        return organization(key, name, null);
    }

    private static Entity organization(String key, @Nullable String name, @Nullable String country) {
        return new Entity(ActorType.ORGANIZATION, name != null ? name : key, null, country, key, null, false);
    }

    /**
     * The country of an organisation whose name opens with it: "the Chinese Ministry of Commerce"
     * is China's, "the Turkish Foreign Ministry" Turkey's; not "the Organization of American States".
     */
    private static Map<String, String> organizationCountries(ArticleMentions named) {
        Map<String, String> countries = new LinkedHashMap<>();
        for (Mention organization : named.of(MentionKind.ORGANIZATION)) {
            for (Mention country : named.within(organization.sentence(), organization.from(), organization.to())) {
                if (country.kind() == MentionKind.COUNTRY && country.from() == organization.from()
                        && country.to() < organization.to()) {
                    countries.putIfAbsent(organization.key(), country.key());
                }
            }
        }
        return countries;
    }

    /** How the article names each organisation at its fullest: "International Monetary Fund" for IMF. */
    private static Map<String, String> organizationNames(List<Mention> mentions) {
        Map<String, String> names = new HashMap<>();
        for (Mention mention : mentions) {
            String form = mention.form().startsWith("the ") ? mention.form().substring(4) : mention.form();
            names.merge(mention.key(), form, (a, b) -> b.length() > a.length() ? b : a);
        }
        return names;
    }

    /** "Republicans", "Tories": a party's members by the plural of its name, a group of the party. */
    private static boolean members(Mention mention) {
        String form = mention.form();
        return form.endsWith("s") && !form.equals(mention.key()) && mention.key().endsWith(" Party")
                && mention.to() - mention.from() <= 2;
    }

    /**
     * Resolves the sentence's described sources and definite descriptions; returns the mentions it
     * adds for references back to a country or organisation ("the country", "the alliance").
     */
    private List<Mention> descriptions(Sentence sentence, ArticleMentions named, List<Candidate> history,
            Map<Mention, List<Entity>> byMention) {
        List<Mention> added = new ArrayList<>();
        for (Chunk chunk : sentence.chunks()) {
            if (chunk.kind() != Chunk.Kind.NOUN_PHRASE) {
                continue;
            }
            Token head = sentence.token(chunk.head());
            if (bothOf(sentence, chunk, head) && named.at(sentence.index(), chunk.head()) == null) {
                resolvePair(sentence, chunk, head.lemma(), named, history, byMention, added);
                continue;
            }
            if (!sentence.token(chunk.from()).lower().equals("the")) {
                continue;
            }
            if (named.at(sentence.index(), chunk.head()) != null && groupAt(named, sentence.index(), chunk) == null) {
                continue;
            }
            if (chunk.to() - chunk.from() == 2 && PAIRS.contains(head.lower())) {
                resolvePair(sentence, chunk, "person", named, history, byMention, added);
                continue;
            }
            Mention reference = referenceBack(sentence, chunk, head, history);
            if (reference != null) {
                added.add(reference);
                byMention.put(reference, List.of(reference.kind() == MentionKind.COUNTRY ? country(reference.key())
                        : organization(reference.key(), null)));
            }
        }
        for (Mention group : named.in(sentence.index())) {
            if (group.kind() == MentionKind.GROUP && added.stream().noneMatch(m -> m.from() == group.from())) {
                byMention.put(group, describedSource(sentence, group, parties(group)
                        ? withEarlier(sentence, group, named, added, history, byMention) : history));
            }
        }
        return added;
    }

    /**
     * The candidates a described source may refer back to: those of the sentences before and those of
     * its own sentence before it ("X and Y met, and the sides agreed").
     */
    private List<Candidate> withEarlier(Sentence sentence, Mention group, ArticleMentions named, List<Mention> added,
            List<Candidate> history, Map<Mention, List<Entity>> byMention) {
        List<Candidate> before = new ArrayList<>(history);
        for (Candidate candidate : candidates(sentence, named, added, byMention)) {
            if (candidate.mention().to() <= group.from()) {
                before.add(candidate);
            }
        }
        return before;
    }

    /** "the sides", "the ministers": a plural head for the parties named together. */
    private static boolean parties(Mention group) {
        return group.plural() && PARTIES.contains(group.key());
    }

    /** "both countries", "both sides": a pair word before a plural head for parties, without "the". */
    private static boolean bothOf(Sentence sentence, Chunk chunk, Token head) {
        return chunk.to() - chunk.from() == 2 && PAIRS.contains(sentence.token(chunk.from()).lower())
                && PARTIES.contains(head.lemma()) && !head.lower().equals(head.lemma());
    }

    /** "the two", "both countries": the last two people (or countries) named, as a group mention of them. */
    private static void resolvePair(Sentence sentence, Chunk chunk, String head, ArticleMentions named,
            List<Candidate> history, Map<Mention, List<Entity>> byMention, List<Mention> added) {
        List<Candidate> before = new ArrayList<>(history);
        for (Mention mention : named.in(sentence.index())) {
            if (mention.to() <= chunk.from() && byMention.containsKey(mention)) {
                before.add(new Candidate(mention, byMention.get(mention), false));
            }
        }
        List<Entity> pair = lastTwo(before, sentence.index(), head);
        if (!pair.isEmpty()) {
            Mention two = new Mention(MentionKind.GROUP, sentence.index(), chunk.from(), chunk.to(),
                    sentence.token(chunk.head()).lower(), formOf(sentence, chunk), null, null, null, null, true);
            added.add(two);
            byMention.put(two, pair);
        }
    }

    private static @Nullable Mention groupAt(ArticleMentions named, int sentence, Chunk chunk) {
        for (Mention mention : named.in(sentence)) {
            if (mention.kind() == MentionKind.GROUP && mention.from() == chunk.from()) {
                return mention;
            }
        }
        return null;
    }

    /**
     * Who owns the things the sentence describes: "its defence strategy", "Japan's plan", "the
     * Japanese proposal" are their owners'; "the new strategy" later is the last owned strategy's.
     */
    private static void owners(Sentence sentence, ArticleMentions mentions, Map<Mention, List<Entity>> byMention,
            Map<Long, List<Entity>> byPronoun, Map<String, List<Entity>> ownersByHead, Map<Long, List<Entity>> owned) {
        for (Chunk chunk : sentence.chunks()) {
            Token head = sentence.token(chunk.head());
            if (chunk.kind() != Chunk.Kind.NOUN_PHRASE || !head.is(Pos.NOUN)) {
                continue;
            }
            List<Entity> owner = ownerWithin(sentence, chunk, mentions, byMention, byPronoun);
            long place = ArticleReferences.place(sentence.index(), chunk.from());
            if (!owner.isEmpty()) {
                ownersByHead.put(head.lemma(), owner);
                owned.put(place, owner);
            }
            else if (sentence.token(chunk.from()).lower().equals("the") && ownersByHead.containsKey(head.lemma())) {
                owned.put(place, ownersByHead.get(head.lemma()));
            }
        }
    }

    /** The possessor or country of a noun phrase's modifiers: "Japan's", "its", "Japanese". */
    private static List<Entity> ownerWithin(Sentence sentence, Chunk chunk, ArticleMentions mentions,
            Map<Mention, List<Entity>> byMention, Map<Long, List<Entity>> byPronoun) {
        for (int k = chunk.from(); k < chunk.head(); k++) {
            Token token = sentence.token(k);
            if (token.is(Pos.PRON) && k == chunk.from()) {
                return byPronoun.getOrDefault(ArticleReferences.place(sentence.index(), k), List.of());
            }
            Mention mention = mentions.at(sentence.index(), k);
            if (mention != null && mention.to() <= chunk.head()
                    && (mention.kind() == MentionKind.COUNTRY || mention.kind() == MentionKind.ORGANIZATION
                            || mention.to() < sentence.size() && sentence.token(mention.to()).lower().equals("'s"))) {
                return byMention.getOrDefault(mention, List.of());
            }
        }
        return List.of();
    }

    /** "the country", "the alliance": a country or organisation named before, as a mention of it. */
    private @Nullable Mention referenceBack(Sentence sentence, Chunk chunk, Token head, List<Candidate> history) {
        String form = formOf(sentence, chunk);
        if (head.lemma().equals("country") && chunk.to() - chunk.from() == 2) {
            Candidate country = latest(history, sentence.index(), DESCRIPTION_REACH, ActorType.COUNTRY);
            return country == null ? null : Mention.named(MentionKind.COUNTRY, sentence.index(), chunk.from(), chunk.to(),
                    country.entities().getFirst().country(), form);
        }
        List<String> names = organizations.calledBy(head.lower());
        if (names.isEmpty() || head.is(Pos.PROPN)) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Candidate candidate = history.get(i);
            Entity entity = candidate.entities().getFirst();
            if (candidate.entities().size() == 1 && entity.type() == ActorType.ORGANIZATION
                    && names.contains(entity.organization())) {
                return Mention.named(MentionKind.ORGANIZATION, sentence.index(), chunk.from(), chunk.to(),
                        entity.organization(), form);
            }
        }
        return null;
    }

    /** What a described source stands for: a person or people it describes, an organisation, or itself. */
    private List<Entity> describedSource(Sentence sentence, Mention group, List<Candidate> history) {
        String first = sentence.token(group.from()).lower();
        boolean definite = first.equals("the") || PAIRS.contains(first);
        if (definite && group.plural() && pair(sentence, group)) {
            List<Entity> pair = lastTwo(history, sentence.index(), group.key());
            if (!pair.isEmpty()) {
                return pair;
            }
        }
        if (definite && group.plural() && PARTIES.contains(group.key())) {
            List<Entity> parties = lastCoordination(history, sentence.index());
            if (parties.isEmpty()) {
                parties = lastNamedTogether(history, sentence.index());
            }
            if (!parties.isEmpty()) {
                return parties;
            }
        }
        Lexicons.SourceNoun noun = lexicons.sourceNoun(group.key());
        if (definite && !group.plural() && noun != null) {
            Entity described = noun.body() ? bodyOfKind(history, group) : personTitled(history, sentence.index(), group);
            if (described == null && !noun.body() && office(sentence, group)) {
                described = untitledPerson(history, sentence.index());
            }
            if (described != null) {
                return List.of(described);
            }
        }
        return List.of(new Entity(ActorType.GROUP, group.form(), null, group.country(), group.organization(),
                group.gender(), group.plural()));
    }

    /** "the two leaders", "both sides": a pair. */
    private static boolean pair(Sentence sentence, Mention group) {
        for (int k = group.from(); k < group.to(); k++) {
            if (PAIRS.contains(sentence.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The last two people named (or countries, for "the two countries"), most recent last. */
    private static List<Entity> lastTwo(List<Candidate> history, int sentence, String head) {
        ActorType type = COUNTRY_NOUNS.contains(head) || head.equals("side") ? ActorType.COUNTRY : ActorType.PERSON;
        List<Entity> found = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && found.size() < 2; i--) {
            Candidate candidate = history.get(i);
            if (sentence - candidate.mention().sentence() > DESCRIPTION_REACH) {
                break;
            }
            for (Entity entity : candidate.entities().reversed()) {
                if (entity.type() == type && !found.contains(entity) && found.size() < 2) {
                    found.addFirst(entity);
                }
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    /** The entities last named together ("Russia, Ukraine and Turkey signed"), for "the parties". */
    private static List<Entity> lastCoordination(List<Candidate> history, int sentence) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Candidate candidate = history.get(i);
            if (sentence - candidate.mention().sentence() > DESCRIPTION_REACH) {
                break;
            }
            if (candidate.entities().size() > 1) {
                return candidate.entities();
            }
        }
        return List.of();
    }

    /**
     * The parties of the last sentence that names people of at least two countries ("X of Ghana met
     * his Kenyan counterpart Y"), or else at least two countries, for "the sides" where no
     * coordination joins them.
     */
    private static List<Entity> lastNamedTogether(List<Candidate> history, int sentence) {
        int i = history.size() - 1;
        while (i >= 0 && sentence - history.get(i).mention().sentence() <= DESCRIPTION_REACH) {
            int at = history.get(i).mention().sentence();
            List<Entity> people = new ArrayList<>();
            List<Entity> nations = new ArrayList<>();
            for (; i >= 0 && history.get(i).mention().sentence() == at; i--) {
                for (Entity entity : history.get(i).entities().reversed()) {
                    addParty(entity, people, nations);
                }
            }
            if (people.size() >= MIN_PARTIES) {
                return people;
            }
            if (nations.size() >= MIN_PARTIES) {
                return nations;
            }
        }
        return List.of();
    }

    /** Keeps a person of a country not yet held, or a country not yet held, most recent last. */
    private static void addParty(Entity entity, List<Entity> people, List<Entity> nations) {
        String country = entity.country();
        if (entity.person() && country != null && people.stream().noneMatch(p -> country.equals(p.country()))) {
            people.addFirst(entity);
        }
        else if (entity.type() == ActorType.COUNTRY && !nations.contains(entity)) {
            nations.addFirst(entity);
        }
    }

    /** "the minister", "the French leader": the person last named with a title of that head. */
    private static @Nullable Entity personTitled(List<Candidate> history, int sentence, Mention group) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Candidate candidate = history.get(i);
            for (Entity entity : candidate.entities()) {
                if (entity.person() && entity.title() != null
                        && entity.title().toLowerCase(Locale.ROOT).contains(group.key())
                        && (group.country() == null || group.country().equals(entity.country()))) {
                    return entity;
                }
            }
        }
        return null;
    }

    /** "the Prime Minister", "the foreign minister": "the" and nothing but an office of {@code titles.tsv}. */
    private boolean office(Sentence sentence, Mention group) {
        PhraseLexicon.Match<Title> title = lexicons.titles().at(sentence.tokens(), group.from() + 1);
        return title != null && title.value().office() && title.end() == group.to();
    }

    /**
     * "the Prime Minister" where no one named has that title: the person last named, within a few
     * sentences, whose office the article has not given ("Mr Albanese" ... "the Prime Minister
     * said"), for a report names a leader once by office and then by name, or the other way.
     */
    private static @Nullable Entity untitledPerson(List<Candidate> history, int sentence) {
        for (int i = history.size() - 1; i >= 0 && sentence - history.get(i).mention().sentence() <= DESCRIPTION_REACH;
                i--) {
            for (Entity entity : history.get(i).entities()) {
                if (entity.person() && !entity.plural() && entity.title() == null) {
                    return entity;
                }
            }
        }
        return null;
    }

    /**
     * "the ministry", "the party", "the government": the organisation, or the body of a country or
     * organisation ("the Ghanaian government"), last named whose name has that head.
     */
    private static @Nullable Entity bodyOfKind(List<Candidate> history, Mention group) {
        for (int i = history.size() - 1; i >= 0; i--) {
            for (Entity entity : history.get(i).entities()) {
                boolean affiliated = entity.type() == ActorType.GROUP && !entity.plural()
                        && (entity.country() != null || entity.organization() != null);
                if ((entity.type() == ActorType.ORGANIZATION || affiliated)
                        && entity.name().toLowerCase(Locale.ROOT).contains(group.key())) {
                    return entity;
                }
            }
        }
        return null;
    }

    /** The sentence's mentions as candidate antecedents, coordinations ("X and Y") as one plural candidate. */
    private List<Candidate> candidates(Sentence sentence, ArticleMentions named,
            List<Mention> added, Map<Mention, List<Entity>> byMention) {
        List<Mention> here = new ArrayList<>(named.in(sentence.index()));
        here.addAll(added);
        here.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<Candidate> candidates = new ArrayList<>();
        int covered = -1;
        for (int i = 0; i < here.size(); i++) {
            Mention mention = here.get(i);
            List<Entity> entities = byMention.getOrDefault(mention, List.of());
            if (entities.isEmpty()) {
                continue;
            }
            if (mention.from() < covered) {
                candidates.add(new Candidate(mention, entities, false));
                continue;
            }
            covered = mention.to();
            List<Entity> coordinated = new ArrayList<>(entities);
            Mention last = mention;
            int j = i + 1;
            while (j < here.size() && coordinates(sentence, last, here.get(j), j > i + 1)) {
                last = here.get(j);
                coordinated.addAll(byMention.getOrDefault(last, List.of()));
                covered = last.to();
                j++;
            }
            boolean subject = subject(sentence, mention.to(), mention.from());
            boolean primary = subject && candidates.stream().noneMatch(Candidate::subject);
            if (coordinated.size() > entities.size()) {
                boolean coordinatedSubject = subject(sentence, last.to(), mention.from());
                candidates.add(new Candidate(mention, List.copyOf(coordinated), coordinatedSubject,
                        coordinatedSubject && candidates.stream().noneMatch(Candidate::subject)));
            }
            candidates.add(new Candidate(mention, entities, subject, primary));
        }
        return candidates;
    }

    /**
     * "Kishida and Stoltenberg", "Japan, South Korea and the US": mentions joined by "and" or the
     * commas of a list. ", and" between two mentions only continues a list; alone it joins clauses
     * ("... in Tokyo, and the two confirmed").
     */
    private static boolean coordinates(Sentence sentence, Mention left, Mention right, boolean inList) {
        int gap = right.from() - left.to();
        if (gap < 1 || gap > 3) {
            return false;
        }
        boolean and = false;
        boolean comma = false;
        for (int k = left.to(); k < right.from(); k++) {
            String word = sentence.token(k).lower();
            if (word.equals("and")) {
                and = true;
            }
            else if (word.equals(",")) {
                comma = true;
            }
            else if (!word.equals("the")) {
                return false;
            }
        }
        return and && (!comma || inList) || comma && !and;
    }

    /** A mention heading a clause before its verb: the subject, which pronouns prefer. */
    private static boolean subject(Sentence sentence, int end, int from) {
        boolean opensClause = from == 0 || switch (sentence.token(from - 1).lower()) {
            case ",", "and", "but", "that", ":", ";", "\"", "'", "the" -> true;
            default -> sentence.token(from - 1).quote() || SUBORDINATORS.contains(sentence.token(from - 1).lower());
        };
        int k = end;
        while (k < sentence.size() && (sentence.token(k).is(Pos.ADV) || sentence.token(k).is(Pos.PART))) {
            k++;
        }
        return opensClause && k < sentence.size() && sentence.token(k).pos().verbal();
    }

    private void pronouns(ArticleDocument document, Sentence sentence, List<Candidate> history, List<Candidate> here,
            Map<Long, List<Entity>> byPronoun) {
        java.util.function.IntPredicate quoted = token -> document.quoted(sentence.index(), token);
        for (int k = 0; k < sentence.size(); k++) {
            Token token = sentence.token(k);
            if (!token.is(Pos.PRON)) {
                continue;
            }
            String word = token.lower();
            List<Entity> resolved = List.of();
            if (PERSONAL.contains(word)) {
                Gender gender = word.startsWith("h") && !word.startsWith("her") ? Gender.MALE : Gender.FEMALE;
                List<Entity> known = best(history, here, sentence.index(), k, PERSON_REACH, c -> genderOf(c) == gender, quoted);
                resolved = !known.isEmpty() ? known
                        : best(history, here, sentence.index(), k, PERSON_REACH, c -> personOf(c, gender), quoted);
            }
            else if (PLURAL.contains(word)) {
                resolved = best(history, here, sentence.index(), k, OTHER_REACH, SalienceReferenceResolver::plural, quoted);
            }
            else if (NEUTER.contains(word)) {
                resolved = best(history, here, sentence.index(), k, OTHER_REACH, SalienceReferenceResolver::neuter, quoted);
            }
            if (POSSESSIVES.contains(word)) {
                resolved = clauseSubject(here, k, agreement(word), quoted).orElse(resolved);
            }
            if (!resolved.isEmpty()) {
                byPronoun.put(ArticleReferences.place(sentence.index(), k), resolved);
            }
        }
    }

    /**
     * The subject of the possessive's own clause, the nearest one before it that agrees: "the EU will
     * keep up the pressure until Russia ends its war" is Russia's war; "Japan will raise its
     * spending" is Japan's.
     */
    private static java.util.Optional<List<Entity>> clauseSubject(List<Candidate> here, int token,
            java.util.function.Predicate<Candidate> agrees, java.util.function.IntPredicate quoted) {
        Candidate nearest = null;
        for (Candidate candidate : here) {
            if (candidate.subject() && candidate.mention().to() <= token && agrees.test(candidate)
                    && !quotedApart(candidate, token, quoted)) {
                nearest = candidate;
            }
        }
        return java.util.Optional.ofNullable(nearest).map(Candidate::entities);
    }

    /** Which candidates a possessive agrees with. */
    private static java.util.function.Predicate<Candidate> agreement(String possessive) {
        return switch (possessive) {
            case "his" -> candidate -> personOf(candidate, Gender.MALE);
            case "her" -> candidate -> personOf(candidate, Gender.FEMALE);
            case "their" -> SalienceReferenceResolver::plural;
            default -> SalienceReferenceResolver::neuter;
        };
    }

    private static boolean personOf(Candidate candidate, Gender gender) {
        if (candidate.entities().size() != 1) {
            return false;
        }
        Entity entity = candidate.entities().getFirst();
        boolean personLike = entity.person() || entity.type() == ActorType.GROUP && !entity.plural()
                && entity.gender() != null;
        return personLike && (entity.gender() == null || entity.gender() == gender);
    }

    /** The gender the text tells of a one-person candidate, or null. */
    private static @Nullable Gender genderOf(Candidate candidate) {
        return candidate.entities().size() == 1 && personOf(candidate, candidate.entities().getFirst().gender() == null
                ? Gender.MALE : candidate.entities().getFirst().gender()) ? candidate.entities().getFirst().gender() : null;
    }

    private static boolean plural(Candidate candidate) {
        if (candidate.entities().size() > 1) {
            return true;
        }
        Entity entity = candidate.entities().getFirst();
        return entity.plural() || entity.type() == ActorType.ORGANIZATION && entity.name().endsWith("s");
    }

    private static boolean neuter(Candidate candidate) {
        if (candidate.entities().size() != 1) {
            return false;
        }
        Entity entity = candidate.entities().getFirst();
        return entity.type() == ActorType.ORGANIZATION || entity.type() == ActorType.COUNTRY
                || entity.type() == ActorType.GROUP && !entity.plural() && entity.gender() == null;
    }

    /** The best-scored agreeing candidate before the pronoun: a subject, then the nearest. */
    /**
     * Whether a candidate lies inside a quotation the pronoun is outside of: "'We call on all
     * sides,' they said" is not about the sides.
     */
    private static boolean quotedApart(Candidate candidate, int token, java.util.function.IntPredicate quoted) {
        return quoted.test(candidate.mention().from()) && !quoted.test(token);
    }

    private static List<Entity> best(List<Candidate> history, List<Candidate> here, int sentence, int token, int reach,
            java.util.function.Predicate<Candidate> agrees, java.util.function.IntPredicate quoted) {
        Candidate best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate candidate : here) {
            if (candidate.mention().to() <= token && agrees.test(candidate) && !quotedApart(candidate, token, quoted)) {
                int score = score(candidate, 0);
                if (score >= bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Candidate candidate = history.get(i);
            int distance = sentence - candidate.mention().sentence();
            if (distance > reach) {
                break;
            }
            int score = score(candidate, distance);
            if (agrees.test(candidate) && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? List.of() : best.entities();
    }

    private static int score(Candidate candidate, int distance) {
        return (candidate.subject() ? SUBJECT_BONUS : 0) + (candidate.primary() ? 1 : 0) - DISTANCE_COST * distance;
    }

    private static @Nullable Candidate latest(List<Candidate> history, int sentence, int reach, ActorType type) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Candidate candidate = history.get(i);
            if (sentence - candidate.mention().sentence() > reach) {
                return null;
            }
            if (candidate.entities().size() == 1 && candidate.entities().getFirst().type() == type) {
                return candidate;
            }
        }
        return null;
    }

    private static String formOf(Sentence sentence, Chunk chunk) {
        StringBuilder form = new StringBuilder();
        for (int k = chunk.from(); k < chunk.to(); k++) {
            if (k > chunk.from() && sentence.token(k).start() > sentence.token(k - 1).end()) {
                form.append(' ');
            }
            form.append(sentence.token(k).text());
        }
        return form.toString();
    }
}
