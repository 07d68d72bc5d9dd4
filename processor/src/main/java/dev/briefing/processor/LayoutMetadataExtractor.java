package dev.briefing.processor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.processor.summary.ArticleKind;
import dev.briefing.processor.text.PatternTextCleaner;
import org.jspecify.annotations.Nullable;

/**
 * Reads metadata from the layout news articles share: the headline and section labels of the head
 * ({@link HeadlineFinder}: no headline when the text opens with a paragraph), a byline line such as
 * {@code AFP January 31, 2023}, a closing attribution such as {@code (From The Daily Ledger, Sept.
 * 9, 2022)}, and a dateline such as {@code TOKYO:}.
 *
 * <p>A piece under an opinion section label is an editorial; so is a reprint closing with a "(From
 * outlet, date)" attribution and carrying no dateline. The position layer also recognises an
 * editorial by its own voice.
 */
public class LayoutMetadataExtractor implements MetadataExtractor {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

    private static final String DATE = "(" + MONTH + " \\d{1,2}, \\d{4}|\\d{1,2} " + MONTH + " \\d{4}|\\d{4}-\\d{2}-\\d{2})";

    private static final Pattern ATTRIBUTION = Pattern.compile("^\\(From ([^,()]{2,80}), " + DATE + "\\)\\s*$",
            Pattern.MULTILINE);

    private static final Pattern BYLINE = Pattern.compile("^([A-Z][\\w&.' -]{0,60}?)\\s+" + DATE + "\\s*$",
            Pattern.MULTILINE);

    private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Z .'-]{1,40}[A-Z])(?:,[^:\\n]{0,40})?(?::|\\s+\\([^)]{1,20}\\)\\s+[-–—])",
            Pattern.MULTILINE);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final HeadlineFinder heads = new HeadlineFinder(PatternTextCleaner.standard());

    @Override
    public ArticleMetadata extract(String text) {
        Matcher attribution = ATTRIBUTION.matcher(text);
        Matcher byline = BYLINE.matcher(text);
        String dateline = dateline(text);
        HeadlineFinder.Head head = heads.read(text);
        ArticleKind labelled = head.opinion() ? ArticleKind.EDITORIAL : ArticleKind.NEWS;
        if (attribution.find()) {
            return new ArticleMetadata(head.title(), attribution.group(1).strip(), date(attribution.group(2)),
                    dateline == null ? ArticleKind.EDITORIAL : labelled, dateline, head.author());
        }
        if (byline.find()) {
            return new ArticleMetadata(head.title(), byline.group(1).strip(), date(byline.group(2)), labelled, dateline,
                    head.author());
        }
        return new ArticleMetadata(head.title(), null, null, labelled, dateline, head.author());
    }

    private static @Nullable String dateline(String text) {
        Matcher matcher = DATELINE.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    static @Nullable LocalDate date(String value) {
        String cleaned = value.replace(".", "").replace("Sept ", "Sep ");
        return DATE_FORMATS.stream()
                .map(format -> parse(cleaned, format))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    private static Optional<LocalDate> parse(String value, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(value, format));
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
