package dev.briefing.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.processor.summary.CountryMention;

/**
 * Finds countries by looking up their names, aliases and demonyms in a gazetteer of the whole ISO
 * 3166-1 list ({@code reference/countries.tsv}).
 *
 * <p>Longest match wins, so "South Korea" is Korea's south and not a mention of anything shorter.
 * Capitals are not looked up: "Washington" and "London" name people and towns as often as
 * governments.
 */
public class GazetteerCountryExtractor implements CountryExtractor {

    private record Country(String code, String name) {
    }

    private final Map<String, Country> byForm;

    private final Pattern forms;

    GazetteerCountryExtractor(Map<String, Country> byForm) {
        this.byForm = Map.copyOf(byForm);
        this.forms = Pattern.compile(this.byForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .map(alternatives -> "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])")
                .orElseThrow());
    }

    /** The extractor over the project's gazetteer resource. */
    public static GazetteerCountryExtractor standard() {
        Map<String, Country> byForm = load("reference/countries.tsv");
        Map<String, Country> byCode = new LinkedHashMap<>();
        byForm.values().forEach(country -> byCode.putIfAbsent(country.code(), country));
        for (String[] alias : rows("reference/country-aliases.tsv")) {
            byForm.putIfAbsent(alias[1], Objects.requireNonNull(byCode.get(alias[0]), alias[0]));
        }
        return new GazetteerCountryExtractor(byForm);
    }

    @Override
    public List<CountryMention> extract(String text) {
        Map<Country, Integer> counts = new LinkedHashMap<>();
        Map<Country, Set<String>> seen = new LinkedHashMap<>();
        Matcher matcher = forms.matcher(text);
        while (matcher.find()) {
            Country country = byForm.get(matcher.group());
            counts.merge(country, 1, Integer::sum);
            seen.computeIfAbsent(country, c -> new LinkedHashSet<>()).add(matcher.group());
        }
        List<CountryMention> mentions = new ArrayList<>();
        counts.forEach((country, count) -> mentions.add(
                new CountryMention(country.code(), country.name(), count, List.copyOf(seen.get(country)))));
        mentions.sort(Comparator.comparingInt(CountryMention::mentions).reversed());
        return mentions;
    }

    private static Map<String, Country> load(String resource) {
        Map<String, Country> byForm = new LinkedHashMap<>();
        for (String[] columns : rows(resource)) {
            Country country = new Country(columns[0], columns[1]);
            byForm.putIfAbsent(columns[1], country);
            for (String column : List.of(columns[2], columns[3])) {
                for (String form : column.split(";")) {
                    if (!form.isBlank()) {
                        byForm.putIfAbsent(form.strip(), country);
                    }
                }
            }
        }
        return byForm;
    }

    /** The tab-separated rows of a reference resource, comments and blank lines left out. */
    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(GazetteerCountryExtractor.class.getResourceAsStream(resource),
                resource); BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read reference data " + resource, ex);
        }
        return rows;
    }
}
