package dev.briefing.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import dev.briefing.processor.summary.Person;
import dev.briefing.writer.ExcelTable.Column;
import dev.briefing.writer.ExcelTable.Link;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the briefing workbook with Apache POI's streaming SXSSF API: rows are flushed to disk as
 * they come and strings are written inline, so memory stays flat however many articles the run has.
 *
 * <p>Sheets, each a table with a bold frozen header and an autofilter: Overview (run date, counts,
 * the top stories and a bar chart of the countries most involved), Stories, Commitments, Positions,
 * Countries, People, Articles and Skipped. Each fact links to its story and to its first article's
 * row. The Overview, Countries and People sheets are filled when the writer is closed, from tallies
 * bounded by the number of countries, people and {@link #TOP_STORIES}.
 */
public class ExcelBriefingWriter implements ItemStreamWriter<PackEntry> {

    /** Stories listed on the Overview sheet. */
    static final int TOP_STORIES = 20;

    /** Countries in the Overview chart. */
    static final int CHART_COUNTRIES = 10;

    private static final int ROWS_IN_MEMORY = 100;

    /** Rows of the Overview sheet above its stories table. */
    private static final int OVERVIEW_HEADER_ROW = 13;

    private final Path file;

    private final LocalDate runDate;

    private final TempFileCreationStrategy temporaryFiles;

    private final Path temporaryDirectory;

    private final PackContext context;

    private @Nullable SXSSFWorkbook workbook;

    private ExcelTable.@Nullable ExcelStyles styles;

    private final Map<String, ExcelTable> tables = new LinkedHashMap<>();

    private final List<Object[]> topStories = new ArrayList<>();

    private CountryTally countries = new CountryTally();

    private final Map<String, Object[]> people = new HashMap<>();

    private int stories;

    private int articles;

    private int skipped;

    private int duplicates;

    private int corroborated;

    private int commitmentCount;

    private int positionCount;

    public ExcelBriefingWriter(Path file, LocalDate runDate) {
        this(file, PackContext.of(runDate));
    }

    public ExcelBriefingWriter(Path file, PackContext context) {
        this(file, context, file.resolveSibling("." + file.getFileName() + ".tmp"));
    }

    /** A writer of a pack with nothing known of the run but its date, buffering in the given directory. */
    public ExcelBriefingWriter(Path file, LocalDate runDate, Path temporaryDirectory) {
        this(file, PackContext.of(runDate), temporaryDirectory);
    }

    /**
     * @param temporaryDirectory where POI's streaming sheets are buffered (not the system's shared
     *                           {@code poifiles} folder, which another user's run cannot write to and
     *                           every kill leaves files in); the caller removes it
     */
    public ExcelBriefingWriter(Path file, PackContext context, Path temporaryDirectory) {
        this.file = Objects.requireNonNull(file, "file");
        this.context = Objects.requireNonNull(context, "context");
        this.runDate = context.runDate();
        this.temporaryFiles = new DefaultTempFileCreationStrategy(temporaryDirectory.toFile());
        this.temporaryDirectory = temporaryDirectory;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            Files.createDirectories(temporaryDirectory);
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot create " + temporaryDirectory + ": " + ex.getMessage(), ex);
        }
        TempFile.withStrategy(temporaryFiles, () -> {
            openWorkbook();
            return null;
        });
    }

    private void openWorkbook() {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        book.setCompressTempFiles(true);
        workbook = book;
        styles = styles(book);
        tables.clear();
        book.createSheet("Overview");
        table("Stories", new Column("Rank", 7), new Column("Story", 60), new Column("First reported", 14),
                new Column("Last reported", 14), new Column("Outlets", 36), new Column("Articles", 10),
                new Column("Commitments", 13), new Column("Positions", 11), new Column("Corroborated facts", 12),
                new Column("New facts", 10), new Column("Story id", 30), new Column("What happened", 80));
        table("Commitments", new Column("Story", 40), new Column("Actor", 26), new Column("Commitment", 60),
                new Column("Strength", 12), new Column("Timeframe", 18), new Column("Stated by", 22),
                new Column("Sources", 30), new Column("Reports", 9), new Column("New", 7), new Column("Article", 28),
                new Column("Sentence", 80), new Column("Corroborated", 13), new Column("As each source reports it", 90));
        table("Positions", new Column("Story", 40), new Column("Holder", 26), new Column("Stance", 11),
                new Column("About", 14), new Column("Statement", 60), new Column("Sources", 30),
                new Column("Reports", 9), new Column("New", 7), new Column("Article", 28), new Column("Sentence", 80),
                new Column("Corroborated", 13), new Column("As each source reports it", 90));
        table("Countries", new Column("Country", 26), new Column("Code", 7), new Column("Articles", 10),
                new Column("Mentions", 10), new Column("As holder", 10), new Column("As subject", 11));
        table("People", new Column("Name", 28), new Column("Title", 28), new Column("Country", 9),
                new Column("Organisation", 28), new Column("Articles", 10));
        table("Articles", new Column("Article", 28), new Column("Title", 60), new Column("Outlet", 22),
                new Column("Published", 12), new Column("Kind", 10), new Column("Dateline", 14),
                new Column("Story", 40), new Column("Countries", 40), new Column("Positions", 10),
                new Column("Commitments", 12), new Column("File", 30));
        table("Skipped", new Column("File", 40), new Column("Reason", 80));
        topStories.clear();
        countries = new CountryTally();
        people.clear();
        stories = 0;
        articles = 0;
        skipped = 0;
        duplicates = 0;
        corroborated = 0;
        commitmentCount = 0;
        positionCount = 0;
    }

    private void table(String name, Column... columns) {
        tables.put(name, new ExcelTable(open(), Objects.requireNonNull(styles), name, List.of(columns)));
    }

    @Override
    public void write(Chunk<? extends PackEntry> chunk) {
        for (PackEntry entry : chunk) {
            switch (entry) {
                case Story story -> story(story);
                case SkippedInput input -> {
                    skipped++;
                    if (input.reason().startsWith(PdfBriefingWriter.SAME_CONTENT)) {
                        duplicates++;
                    }
                    tables.get("Skipped").row(input.summary().file(), input.reason());
                }
            }
        }
    }

    private void story(Story story) {
        stories++;
        long corroboratedFacts = story.corroboratedFacts();
        corroborated += (int) corroboratedFacts;
        long fresh = story.commitments().stream().filter(CorroboratedCommitment::isNew).count()
                + story.positions().stream().filter(CorroboratedPosition::isNew).count();
        StoryDigest digest = new StoryDigest(story);
        int storyRow = tables.get("Stories").row(story.rank(), story.headline(), story.first(), story.last(),
                digest.reporters(), story.articles().size(), story.commitments().size(),
                story.positions().size(), corroboratedFacts, context.firstRun() ? null : fresh, story.id(),
                digest.happened());
        Link storyLink = new Link(story.headline(), "Stories", storyRow);
        if (topStories.size() < TOP_STORIES) {
            topStories.add(new Object[] {story.rank(), storyLink, digest.happened(), story.first(),
                    digest.reporters(), story.articles().size(), story.commitments().size(),
                    story.positions().size(), corroboratedFacts});
        }
        Map<String, Integer> articleRows = new HashMap<>();
        for (ArticleSummary article : story.articles()) {
            articles++;
            articleRows.put(article.id(), article(article, storyLink));
        }
        for (CorroboratedCommitment c : story.commitments()) {
            commitmentCount++;
            tables.get("Commitments").row(storyLink, names(c.commitment().actors()), c.commitment().action(),
                    c.commitment().strength().name().toLowerCase(), c.commitment().timeframe(),
                    c.commitment().statedBy() == null ? null : c.commitment().statedBy().name(), sources(c.sources()),
                    c.sources().size(), newMark(c.isNew()), articleLink(c.sources(), articleRows),
                    c.commitment().sentence(), c.corroborated() ? "yes" : "", wordings(c.sources()));
        }
        for (CorroboratedPosition p : story.positions()) {
            positionCount++;
            tables.get("Positions").row(storyLink, names(p.position().holders()),
                    p.position().stance().name().toLowerCase(), String.join(", ", p.position().about()),
                    p.position().statement(), sources(p.sources()), p.sources().size(), newMark(p.isNew()),
                    articleLink(p.sources(), articleRows), p.position().sentence(), p.corroborated() ? "yes" : "",
                    wordings(p.sources()));
        }
        countries.add(story);
    }

    private int article(ArticleSummary article, Link storyLink) {
        for (Person person : article.people()) {
            Object[] row = people.computeIfAbsent(person.name(),
                    name -> new Object[] {name, person.title(), person.country(), person.organization(), 0});
            row[4] = (Integer) row[4] + 1;
        }
        return tables.get("Articles").row(article.id(), article.title(), article.source(), article.published(),
                article.kind() == null ? null : article.kind().name().toLowerCase(), article.dateline(), storyLink,
                article.countries().stream().map(CountryMention::name).collect(Collectors.joining(", ")),
                article.positions().size(), article.commitments().size(), article.file());
    }

    private static Link articleLink(List<Source> sources, Map<String, Integer> articleRows) {
        String first = sources.getFirst().articleId();
        return new Link(first, "Articles", articleRows.get(first));
    }

    private static String sources(List<Source> sources) {
        return sources.stream().map(Source::label).distinct().collect(Collectors.joining(", "));
    }

    /** Each source's own sentence, one a line, where two or more articles report the fact. */
    private static @Nullable String wordings(List<Source> sources) {
        if (sources.size() < 2) {
            return null;
        }
        String shown = sources.stream().limit(PdfBriefingWriter.WORDINGS)
                .map(source -> source.label() + ": " + StoryDigest.cut(source.sentence()))
                .collect(Collectors.joining("\n"));
        return sources.size() > PdfBriefingWriter.WORDINGS
                ? shown + "\n… and " + (sources.size() - PdfBriefingWriter.WORDINGS) + " more" : shown;
    }

    /** "new" for a fact no earlier run reported; nothing in a first run, where every fact is. */
    private String newMark(boolean isNew) {
        return isNew && !context.firstRun() ? "new" : "";
    }

    @Override
    public void close() throws ItemStreamException {
        TempFile.withStrategy(temporaryFiles, () -> {
            closeWorkbook();
            return null;
        });
    }

    private void closeWorkbook() {
        if (workbook == null) {
            return;
        }
        try (SXSSFWorkbook book = workbook) {
            List<CountryTally.Counts> ranked = countries.ranked();
            ExcelTable countryTable = tables.get("Countries");
            ranked.forEach(c -> countryTable.row(c.name, c.code, c.articles, c.mentions, c.asHolder, c.asSubject));
            ExcelTable peopleTable = tables.get("People");
            people.values().stream().sorted((a, b) -> ((Integer) b[4]).compareTo((Integer) a[4]) != 0
                    ? ((Integer) b[4]).compareTo((Integer) a[4]) : ((String) a[0]).compareTo((String) b[0]))
                    .forEach(peopleTable::row);
            overview(book, ranked);
            tables.values().forEach(ExcelTable::finish);
            book.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot write workbook " + file + ": " + ex.getMessage(), ex);
        }
        finally {
            workbook = null;
            tables.clear();
        }
    }

    private void overview(SXSSFWorkbook book, List<CountryTally.Counts> ranked) {
        SXSSFSheet sheet = book.getSheet("Overview");
        ExcelTable.ExcelStyles s = Objects.requireNonNull(styles);
        Row title = sheet.createRow(0);
        title.createCell(1).setCellValue("Briefing");
        title.getCell(1).setCellStyle(s.title());
        Object[][] facts = {{"Run date", runDate}, {"Inputs read", (int) (articles + skipped + context.leftOut())},
                {"Articles summarised", articles}, {"Inputs skipped", skipped},
                {"Skipped as the same content as another input", duplicates},
                {"Left out as briefed by an earlier run", (int) context.leftOut()}, {"Stories", stories},
                {"Commitments", commitmentCount}, {"Positions", positionCount},
                {"Facts two or more sources report", corroborated}};
        for (int i = 0; i < facts.length; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(1).setCellValue((String) facts[i][0]);
            row.getCell(1).setCellStyle(s.header());
            if (facts[i][1] instanceof LocalDate date) {
                row.createCell(2).setCellValue(date);
                row.getCell(2).setCellStyle(s.date());
            }
            else {
                row.createCell(2).setCellValue(((Integer) facts[i][1]).doubleValue());
                row.getCell(2).setCellStyle(s.number());
            }
        }
        if (context.firstRun()) {
            Row note = sheet.createRow(facts.length + 1);
            note.createCell(1).setCellValue(PackContext.FIRST_RUN);
            note.getCell(1).setCellStyle(s.text());
        }
        ExcelTable storyTable = new ExcelTable(book, s, sheet, OVERVIEW_HEADER_ROW, List.of(new Column("Rank", 7),
                new Column("Top stories", 50), new Column("What happened", 70), new Column("First reported", 14),
                new Column("Reported by", 30), new Column("Articles", 10), new Column("Commitments", 13),
                new Column("Positions", 11), new Column("Corroborated", 13)));
        topStories.forEach(storyTable::row);
        tables.put("Overview", storyTable);
        chart(book, Math.min(CHART_COUNTRIES, ranked.size()), ranked);
    }

    /** The PDF's accent colour; a series without a fill of its own renders as no bars in LibreOffice. */
    private static final byte[] BAR_COLOUR = {0x1F, 0x3A, 0x5F};

    /** A native bar chart of the countries most involved, over the Countries sheet's first rows. */
    private static void chart(SXSSFWorkbook book, int shown, List<CountryTally.Counts> ranked) {
        if (shown == 0) {
            return;
        }
        XSSFSheet overview = book.getXSSFWorkbook().getSheet("Overview");
        XSSFDrawing drawing = overview.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 0, 9, OVERVIEW_HEADER_ROW - 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Countries most involved (articles)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis countriesAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        countriesAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis articlesAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        articlesAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        articlesAxis.setCrosses(AxisCrosses.MAX);
        String[] names = ranked.stream().limit(shown).map(c -> c.name).toArray(String[]::new);
        Integer[] counts = ranked.stream().limit(shown).map(c -> c.articles).toArray(Integer[]::new);
        int last = shown + 1;
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, countriesAxis, articlesAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromArray(names, "'Countries'!$A$2:$A$" + last),
                XDDFDataSourcesFactory.fromArray(counts, "'Countries'!$C$2:$C$" + last));
        series.setTitle("Articles", null);
        XDDFShapeProperties bars = new XDDFShapeProperties();
        bars.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        series.setShapeProperties(bars);
        chart.plot(data);
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    private SXSSFWorkbook open() {
        if (workbook == null) {
            throw new IllegalStateException("ExcelBriefingWriter is not open");
        }
        return workbook;
    }

    private static ExcelTable.ExcelStyles styles(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 16);
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        CellStyle title = workbook.createCellStyle();
        title.setFont(large);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        CellStyle text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        CellStyle date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle link = workbook.createCellStyle();
        link.setFont(blue);
        link.setWrapText(true);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        return new ExcelTable.ExcelStyles(header, text, number, date, link, title);
    }
}
