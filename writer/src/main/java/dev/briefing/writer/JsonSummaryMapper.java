package dev.briefing.writer;

import dev.briefing.processor.story.StoryProfile;
import dev.briefing.processor.summary.ArticleSummary;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps summaries to and from the JSON of the {@code summaries.jsonl} contract: record component
 * names as field names in declaration order, enums in lower case ({@code "editorial"}), dates as
 * ISO strings, and nulls written out so every line has every field.
 *
 * <p>Thread-safe.
 */
public class JsonSummaryMapper {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    /** One line of JSON, without a line break. */
    public String toJson(ArticleSummary summary) {
        return mapper.writeValueAsString(summary);
    }

    /** One line of JSON for any other value of the pack (a story line), without a line break. */
    public String toJson(Object value) {
        return mapper.writeValueAsString(value);
    }

    public ArticleSummary fromJson(String json) {
        return mapper.readValue(json, ArticleSummary.class);
    }

    /** A story profile as staged with its article's summary. */
    public StoryProfile profileFromJson(String json) {
        return mapper.readValue(json, StoryProfile.class);
    }
}
