package dev.briefing.processor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefing.processor.reference.PhraseLexicon;
import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.reference.WordClasses;
import dev.briefing.processor.text.ArticleDocument;
import dev.briefing.processor.text.Sentence;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds organisations by their names and aliases in {@code reference/organizations.tsv}
 * (case-sensitive, longest first); the file's reference nouns ("alliance" for NATO) are for the
 * reference layer, which reads "the alliance" back to the organisation. Organisations the file
 * does not know are read from their names' shape: capitalised words ending in a head word of
 * {@code organization-heads.tsv} ("Police Federation") or a head word followed by "of" or "for" and
 * capitalised words ("Ministry of Justice", "Institute for School Reform", whatever heads those hold).
 *
 * <p>Thread-safe: immutable after construction.
 */
public class GazetteerOrganizationExtractor implements OrganizationExtractor {

    /** Capitalised words that open a sentence or phrase rather than a name. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "This", "That", "But", "And", "In", "On", "At",
            "For", "From", "By", "With", "As", "If", "When", "While", "After", "Before", "Its", "His", "Her", "Their",
            "Our", "Former", "New", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady");

    private static final Set<String> LINKS = Set.of("of", "for", "and", "&");

    private static final int MAX_NAME = 7;

    /** An acronym in capitals ("NAACP", "IMF"): three to seven letters. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{3,7}");

    private static final Set<String> NOT_ORGANIZATIONS = WordClasses.standard().of("not-organization");

    private final PhraseLexicon<String> names;

    private final Map<String, List<String>> byReference;

    private final Set<String> heads;

    private final Set<String> notNameWords;

    private final @Nullable CountryExtractor countries;

    GazetteerOrganizationExtractor(PhraseLexicon<String> names, Map<String, List<String>> byReference,
            Set<String> heads, Set<String> notNameWords, @Nullable CountryExtractor countries) {
        this.countries = countries;
        this.names = names;
        this.byReference = Map.copyOf(byReference);
        this.heads = Set.copyOf(heads);
        this.notNameWords = Set.copyOf(notNameWords);
    }

    /** The extractor over the project's reference data, reading no acronym as an organisation. */
    public static GazetteerOrganizationExtractor standard() {
        return standard(null);
    }

    /**
     * The extractor over the project's reference data that also reads an unknown acronym after
     * "the" as an organisation ("the NAACP"), unless it names a place of {@code countries}.
     */
    public static GazetteerOrganizationExtractor standard(@Nullable CountryExtractor countries) {
        PhraseLexicon<String> names = PhraseLexicon.caseSensitive();
        Map<String, List<String>> byReference = new HashMap<>();
        for (String[] row : ReferenceData.rows("organizations.tsv")) {
            names.add(row[0], row[0]);
            ReferenceData.items(row[1]).forEach(alias -> names.add(alias, row[0]));
            for (String noun : ReferenceData.items(row[2])) {
                byReference.computeIfAbsent(noun, n -> new ArrayList<>()).add(row[0]);
            }
        }
        Set<String> heads = new HashSet<>();
        ReferenceData.rows("organization-heads.tsv").forEach(row -> heads.add(row[0]));
        return new GazetteerOrganizationExtractor(names, byReference, heads, OPENERS, countries);
    }

    @Override
    public List<Mention> extract(ArticleDocument document) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                PhraseLexicon.Match<String> match = names.at(tokens, i);
                int longer = match == null ? i : shapedName(tokens, i);
                if (match != null && longer <= match.end()) {
                    mentions.add(mention(document, sentence, match.value(), match.start(), match.end()));
                    i = match.end();
                    continue;
                }
                int end = Math.max(shapedName(tokens, i), acronymEnd(tokens, i));
                if (end > i) {
                    String name = document.text(tokens.get(i), tokens.get(end - 1));
                    mentions.add(mention(document, sentence, name, i, end));
                    i = end;
                    continue;
                }
                i++;
            }
        }
        return mentions;
    }

    @Override
    public List<String> calledBy(String noun) {
        return byReference.getOrDefault(noun, List.of());
    }

    /**
     * The end of an organisation name by its shape starting at {@code start}, or {@code start}:
     * "Police Federation", "Ministry of Justice", "Department for Work and Pensions".
     */
    private int shapedName(List<Token> tokens, int start) {
        if (!isNameWord(tokens.get(start)) || start > 0 && isNameWord(tokens.get(start - 1))) {
            return start;
        }
        int end = start;
        int lastHead = -1;
        boolean linkedHead = false;
        int k = start;
        while (k < tokens.size() && k - start < MAX_NAME) {
            Token token = tokens.get(k);
            if (isNameWord(token)) {
                if (heads.contains(token.text())) {
                    lastHead = k;
                }
                end = k + 1;
                k++;
            }
            else if (LINKS.contains(token.text()) && lastHead >= 0 && k + 1 < tokens.size()
                    && isNameWord(tokens.get(k + 1))) {
                linkedHead |= lastHead == k - 1;
                k++;
            }
            else {
                break;
            }
        }
        if (lastHead < 0 || end - start < 2 && lastHead == start) {
            return start;
        }
        boolean headLast = lastHead == end - 1;
        return headLast || linkedHead ? end : start;
    }

    /** "the NAACP": an unknown acronym after "the" names an organisation, not a country or an office. */
    private int acronymEnd(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean acronym = countries != null && i > 0 && tokens.get(i - 1).lower().equals("the")
                && ACRONYM.matcher(token.text()).matches() && !NOT_ORGANIZATIONS.contains(token.text())
                && !countries.placeAt(tokens, i);
        return acronym ? i + 1 : i;
    }

    private boolean isNameWord(Token token) {
        return token.word() && token.capitalized() && !notNameWords.contains(token.text());
    }

    private static Mention mention(ArticleDocument document, Sentence sentence, String name, int from, int to) {
        return Mention.named(MentionKind.ORGANIZATION, sentence.index(), from, to, name,
                document.text(sentence.token(from), sentence.token(to - 1)));
    }
}
