package dev.briefing.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.briefing.processor.story.CorroboratedCommitment;
import dev.briefing.processor.story.CorroboratedPosition;
import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.story.Source;
import dev.briefing.processor.story.Story;
import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.CountryMention;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the briefing PDF with OpenPDF: a cover, a contents page, an executive summary (top stories,
 * firm and planned commitments, a bar chart of the countries most involved), one section per story
 * (its outlets, a commitments table and a positions table, headers repeated across pages), an
 * appendix of articles and the skipped inputs, with bookmarks, a running header and page numbers.
 *
 * <p>Stories are laid out as they come and pages flushed as they fill; the front matter, which needs
 * the whole run, is laid out last and its pages moved to the front. To keep the document readable and
 * memory bounded at any size, only the first {@link #STORY_SECTIONS} stories get a section, the others
 * a row in a list, and the appendices stop after {@link #APPENDIX_ROWS} entries, each saying how many
 * more the workbook and {@code summaries.jsonl} hold. Fonts are Liberation, embedded.
 */
public class PdfBriefingWriter implements ItemStreamWriter<PackEntry> {

    static final int STORY_SECTIONS = 60;

    static final int APPENDIX_ROWS = 1000;

    static final int FACTS_PER_TABLE = 40;

    /** Sources of a fact whose own sentences are shown; the others are counted. */
    static final int WORDINGS = 10;

    /** How the reason of an input skipped as a copy of another begins. */
    static final String SAME_CONTENT = "same content as ";

    private static final int TOP_STORIES = 5;

    private static final int CHART_COUNTRIES = 10;

    private final Path file;

    private final LocalDate runDate;

    private final PackContext context;

    /** A story listed, not detailed: enough for its row of the "Other stories" table. */
    private record OtherStory(int rank, String headline, String reporters, int articles) {
    }

    private @Nullable OutputStream out;

    private @Nullable Document document;

    private @Nullable PdfWriter writer;

    private @Nullable PdfStyles styles;

    private @Nullable PageDecorations decorations;

    private final List<String[]> contents = new ArrayList<>();

    private final List<Story> topStories = new ArrayList<>();

    private final List<OtherStory> otherStories = new ArrayList<>();

    private final List<ArticleSummary> appendix = new ArrayList<>();

    private final List<SkippedInput> skipped = new ArrayList<>();

    private final Map<String, Integer> destinationPages = new HashMap<>();

    private CountryTally countries = new CountryTally();

    private int stories;

    private int articles;

    private int skippedCount;

    private int duplicates;

    private int moreStories;

    public PdfBriefingWriter(Path file, LocalDate runDate) {
        this(file, PackContext.of(runDate));
    }

    public PdfBriefingWriter(Path file, PackContext context) {
        this.file = Objects.requireNonNull(file, "file");
        this.context = Objects.requireNonNull(context, "context");
        this.runDate = context.runDate();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            styles = PdfStyles.create();
            out = Files.newOutputStream(file);
            document = new Document(PageSize.A4, 56, 56, 70, 60);
            writer = PdfWriter.getInstance(document, out);
            writer.setLinearPageMode();
            writer.setStrictImageSequence(true);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            decorations = new PageDecorations(styles, "Briefing · " + runDate);
            writer.setPageEvent(decorations);
            document.addTitle("Briefing " + runDate);
            document.addCreator("Briefing");
            document.open();
            resetTallies();
            outline("Executive summary", "summary");
            outline("Contents", "contents");
        }
        catch (IOException | DocumentException ex) {
            throw new ItemStreamException("Cannot open PDF " + file + ": " + ex.getMessage(), ex);
        }
    }

    private void resetTallies() {
        contents.clear();
        topStories.clear();
        otherStories.clear();
        appendix.clear();
        skipped.clear();
        destinationPages.clear();
        countries = new CountryTally();
        stories = 0;
        articles = 0;
        skippedCount = 0;
        duplicates = 0;
        moreStories = 0;
    }

    @Override
    public void write(org.springframework.batch.infrastructure.item.Chunk<? extends PackEntry> chunk) {
        for (PackEntry entry : chunk) {
            switch (entry) {
                case Story story -> story(story);
                case SkippedInput input -> {
                    skippedCount++;
                    if (input.reason().startsWith(SAME_CONTENT)) {
                        duplicates++;
                    }
                    if (skipped.size() < APPENDIX_ROWS) {
                        skipped.add(input);
                    }
                }
            }
        }
    }

    private void story(Story story) {
        stories++;
        countries.add(story);
        if (topStories.size() < TOP_STORIES) {
            topStories.add(story);
        }
        for (ArticleSummary article : story.articles()) {
            articles++;
            if (appendix.size() < APPENDIX_ROWS) {
                appendix.add(withoutText(article));
            }
        }
        if (stories <= STORY_SECTIONS) {
            section(story);
        }
        else if (otherStories.size() < APPENDIX_ROWS) {
            otherStories.add(new OtherStory(story.rank(), story.headline(), new StoryDigest(story).reporters(),
                    story.articles().size()));
        }
        else {
            moreStories++;
        }
    }

    /** The article as the appendix needs it: its facts are summarised in a paragraph now, not kept. */
    private static ArticleSummary withoutText(ArticleSummary article) {
        return new ArticleSummary(article.id(), article.file(), null, article.title(), article.source(),
                article.published(), article.kind(), article.dateline(), article.countries(), List.of(), List.of(),
                article.positions().stream().limit(1).toList(), article.commitments().stream().limit(1).toList(), null,
                article.story());
    }

    private void section(Story story) {
        Document doc = open();
        PdfStyles s = Objects.requireNonNull(styles);
        String destination = "story-" + story.rank();
        String title = story.rank() + ". " + story.headline();
        doc.newPage();
        heading(title, destination, s.heading());
        contents.add(new String[] {title, destination});
        outline(title, destination);
        StoryDigest digest = new StoryDigest(story);
        doc.add(new Paragraph(String.join("  ·  ", details(story)), s.small()));
        doc.add(new Paragraph("Reported by " + digest.reporters(), s.body()));
        if (digest.happened() != null) {
            Paragraph happened = new Paragraph(digest.happened(), s.body());
            happened.setSpacingBefore(4);
            doc.add(happened);
        }
        if (!story.commitments().isEmpty()) {
            doc.add(subheading("Commitments", s));
            doc.add(commitmentTable(story.commitments().stream().limit(FACTS_PER_TABLE).toList(), s, context.firstRun()));
            more(story.commitments().size(), s);
        }
        if (!story.positions().isEmpty()) {
            doc.add(subheading("Positions", s));
            PdfTables table = new PdfTables(s, new float[] {18, 10, 10, 40, 22},
                    "Holder", "Stance", "About", "Statement", "Sources");
            for (CorroboratedPosition p : story.positions().stream().limit(FACTS_PER_TABLE).toList()) {
                table.row(names(p.position().holders()), p.position().stance().name().toLowerCase(),
                        String.join(", ", p.position().about()), p.position().statement(),
                        sources(p.sources(), p.isNew() && !context.firstRun()));
            }
            doc.add(table.table());
            more(story.positions().size(), s);
        }
        corroborations(story, s);
    }

    /** Each fact two outlets report, with the sentence each of them reports it in. */
    private void corroborations(Story story, PdfStyles s) {
        List<String[]> facts = new ArrayList<>();
        story.commitments().stream().filter(CorroboratedCommitment::corroborated).forEach(c -> facts.add(new String[] {
                names(c.commitment().actors()) + ": " + c.commitment().action(), wordings(c.sources())}));
        story.positions().stream().filter(CorroboratedPosition::corroborated).forEach(p -> facts.add(new String[] {
                names(p.position().holders()) + " (" + p.position().stance().name().toLowerCase() + "): "
                        + StoryDigest.cut(p.position().statement()), wordings(p.sources())}));
        if (facts.isEmpty()) {
            return;
        }
        Document doc = open();
        doc.add(subheading("Corroborated: each outlet's own words", s));
        PdfTables table = new PdfTables(s, new float[] {35, 65}, "Fact", "As each source reports it");
        facts.stream().limit(FACTS_PER_TABLE).forEach(table::row);
        doc.add(table.table());
        more(facts.size(), s);
    }

    private static String wordings(List<Source> sources) {
        String shown = sources.stream().limit(WORDINGS)
                .map(source -> source.label() + ": " + StoryDigest.cut(source.sentence()))
                .collect(Collectors.joining("\n"));
        return sources.size() > WORDINGS ? shown + "\n… and " + (sources.size() - WORDINGS) + " more" : shown;
    }

    static PdfPTable commitmentTable(List<CorroboratedCommitment> commitments, PdfStyles s, boolean firstRun) {
        PdfTables table = new PdfTables(s, new float[] {17, 38, 10, 13, 22},
                "Actor", "Commitment", "Strength", "Timeframe", "Sources");
        for (CorroboratedCommitment c : commitments) {
            table.row(names(c.commitment().actors()), c.commitment().action(),
                    c.commitment().strength().name().toLowerCase(),
                    c.commitment().timeframe() == null ? "" : c.commitment().timeframe(),
                    sources(c.sources(), c.isNew() && !firstRun));
        }
        return table.table();
    }

    private void more(int total, PdfStyles s) {
        if (total > FACTS_PER_TABLE) {
            open().add(new Paragraph((total - FACTS_PER_TABLE) + " more in briefing.xlsx.", s.small()));
        }
    }

    private static List<String> details(Story story) {
        List<String> details = new ArrayList<>();
        if (story.first() != null) {
            details.add(story.first().equals(story.last()) ? story.first().toString()
                    : story.first() + " to " + story.last());
        }
        details.add(story.articles().size() + (story.articles().size() == 1 ? " article" : " articles"));
        details.add(story.commitments().size() + " commitments");
        details.add(story.positions().size() + " positions");
        if (story.corroboratedFacts() > 0) {
            details.add(story.corroboratedFacts() + " corroborated");
        }
        return details;
    }

    @Override
    public void close() {
        if (document == null) {
            return;
        }
        try {
            backMatter();
            frontMatter();
        }
        catch (DocumentException ex) {
            throw new ItemStreamException("Cannot write PDF " + file + ": " + ex.getMessage(), ex);
        }
        finally {
            try {
                document.close();
            }
            finally {
                document = null;
                closeStream();
            }
        }
    }

    private void backMatter() {
        Document doc = open();
        PdfStyles s = Objects.requireNonNull(styles);
        if (!otherStories.isEmpty()) {
            doc.newPage();
            section("Other stories", "other-stories", s);
            PdfTables table = new PdfTables(s, new float[] {8, 52, 26, 14}, "Rank", "Story", "Outlets", "Articles");
            otherStories.forEach(story -> table.row(String.valueOf(story.rank()), story.headline(), story.reporters(),
                    String.valueOf(story.articles())));
            doc.add(table.table());
            if (moreStories > 0) {
                doc.add(new Paragraph(moreStories + " more stories in briefing.xlsx and stories.jsonl.", s.small()));
            }
        }
        doc.newPage();
        section("Appendix: articles", "appendix", s);
        for (ArticleSummary article : appendix) {
            Paragraph title = new Paragraph(article.title() == null ? article.id() : article.title(), s.bold());
            title.setSpacingBefore(6);
            title.setKeepTogether(true);
            doc.add(title);
            doc.add(new Paragraph(String.join("  ·  ", present(article.source(),
                    article.published() == null ? null : article.published().toString(),
                    article.kind() == null ? null : article.kind().name().toLowerCase(), article.file())), s.small()));
            doc.add(new Paragraph(ArticleParagraph.of(article), s.body()));
        }
        if (articles > appendix.size()) {
            doc.add(new Paragraph((articles - appendix.size()) + " more articles in briefing.xlsx and summaries.jsonl.",
                    s.small()));
        }
        doc.newPage();
        section("Skipped inputs", "skipped", s);
        if (skipped.isEmpty()) {
            doc.add(new Paragraph("Every input was summarised.", s.body()));
        }
        else {
            PdfTables table = new PdfTables(s, new float[] {40, 60}, "File", "Reason");
            skipped.forEach(input -> table.row(input.summary().file(), input.reason()));
            doc.add(table.table());
            if (skippedCount > skipped.size()) {
                doc.add(new Paragraph((skippedCount - skipped.size()) + " more in briefing.xlsx.", s.small()));
            }
        }
    }

    private void section(String title, String destination, PdfStyles s) {
        heading(title, destination, s.heading());
        contents.add(new String[] {title, destination});
        outline(title, destination);
    }

    /** Lays out the cover, contents and executive summary last, then moves their pages to the front. */
    private void frontMatter() throws DocumentException {
        Document doc = open();
        PdfWriter pdf = Objects.requireNonNull(writer);
        PageDecorations pages = Objects.requireNonNull(decorations);
        PdfStyles s = Objects.requireNonNull(styles);
        doc.newPage();
        int front = pdf.getPageNumber();
        pages.cover(front);
        PdfFrontMatter matter = new PdfFrontMatter(doc, pdf, s, context);
        matter.cover(stories, articles, skippedCount, duplicates);
        doc.newPage();
        heading("Contents", "contents", s.heading());
        Map<String, PdfTemplate> numbers = matter.contents(contents);
        doc.newPage();
        heading("Executive summary", "summary", s.heading());
        matter.summary(topStories, countries.ranked().stream().limit(CHART_COUNTRIES).toList());
        doc.newPage();
        int total = pdf.reorderPages(null);
        int[] order = new int[total];
        for (int i = 0; i < total; i++) {
            order[i] = (i + front - 1) % total + 1;
        }
        pdf.reorderPages(order);
        pages.number(front, total);
        numbers.forEach((destination, template) -> PdfFrontMatter.fill(template, s,
                String.valueOf(pages.finalPage(destinationPages.getOrDefault(destination, 1)))));
    }

    private void heading(String title, String destination, Font font) {
        Paragraph heading = new Paragraph(new Chunk(title, font).setLocalDestination(destination));
        heading.setSpacingAfter(6);
        open().add(heading);
        destinationPages.put(destination, Objects.requireNonNull(writer).getPageNumber());
    }

    private static Paragraph subheading(String text, PdfStyles s) {
        Paragraph heading = new Paragraph(text, s.subheading());
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    private void outline(String title, String destination) {
        PdfWriter pdf = Objects.requireNonNull(writer);
        new PdfOutline(pdf.getRootOutline(), PdfAction.gotoLocalPage(destination, false), title, false);
    }

    private void closeStream() {
        try {
            if (out != null) {
                out.close();
            }
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot close PDF " + file + ": " + ex.getMessage(), ex);
        }
        finally {
            out = null;
            writer = null;
        }
    }

    private Document open() {
        if (document == null) {
            throw new IllegalStateException("PdfBriefingWriter is not open");
        }
        return document;
    }

    static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    /** One source a line, as a reader names it (the outlet, or the article id), and "new" when it is. */
    static String sources(List<Source> sources, boolean markNew) {
        List<String> labels = sources.stream().map(Source::label).distinct().toList();
        String shown = String.join("\n", labels.subList(0, Math.min(WORDINGS, labels.size())))
                + (labels.size() > WORDINGS ? "\n… and " + (labels.size() - WORDINGS) + " more" : "");
        return shown + (markNew ? "\nnew" : "");
    }

    private static List<String> present(@Nullable String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }

    static String countryNames(ArticleSummary article) {
        return article.countries().stream().map(CountryMention::name).collect(Collectors.joining(", "));
    }
}
