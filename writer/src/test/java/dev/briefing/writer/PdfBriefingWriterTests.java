package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.story.StoryAssembler;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.CountryMention;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class PdfBriefingWriterTests {

    @TempDir
    Path dir;

    @Test
    void opensWithACoverThenContentsThenTheExecutiveSummary() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(Summaries.entries()).toFile())) {
            assertThat(page(pdf, 1)).contains("Briefing", "Tuesday 7 May 2024",
                    "3 inputs read: 2 articles summarised into 1 story; 1 skipped.");
            assertThat(page(pdf, 2)).contains("Contents", "Executive summary", "1. Denmark pledges aid",
                    "Appendix: articles", "Skipped inputs");
            assertThat(page(pdf, 3)).contains("Executive summary", "Denmark pledges aid",
                    "give ¥195 billion to Ukraine", "Denmark");
        }
    }

    @Test
    void tellsEachTopStoryWhatHappenedWhoReportsItWhatWasPromisedAndTheSharpestPositions() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(List.of(Summaries.toldStory())).toFile())) {
            String summary = page(pdf, 3).replaceAll("\\s+", " ");

            assertThat(summary).contains("1. Denmark pledges aid", "Nordic Wire, Baltic Post",
                    Summaries.LEAD + " (Nordic Wire)",
                    "New commitments", "Denmark (firm, by 2026): give ¥195 billion to Ukraine — Nordic Wire, Baltic Post",
                    "Sharpest positions", "Renée Østergård (criticism, about Russia): Russia must end its blockade");
        }
    }

    @Test
    void saysOnceThatAFirstRunIsNewInsteadOfMarkingEveryFactNew() throws Exception {
        Path file = dir.resolve("first.pdf");
        PdfBriefingWriter writer = new PdfBriefingWriter(file, new PackContext(LocalDate.of(2024, 5, 7), true, 0));
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(Summaries.entries()));
        writer.close();

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text.split(PackContext.FIRST_RUN, -1)).as("said once").hasSize(2);
            assertThat(text.replace(PackContext.FIRST_RUN, "")).doesNotContainPattern("\\bnew\\b");
        }
    }

    @Test
    void listsTheStoriesPastTheDetailedOnesWithTheirOutletsAndArticles() throws Exception {
        List<PackEntry> entries = IntStream.range(0, PdfBriefingWriter.STORY_SECTIONS + 2)
                .mapToObj(PdfBriefingWriterTests::longPledge).toList();
        try (PDDocument pdf = Loader.loadPDF(write(entries).toFile())) {
            String others = page(pdf, firstPage(pdf, "Rank Story Outlets Articles"));

            assertThat(others).contains("Denmark pledges aid " + PdfBriefingWriter.STORY_SECTIONS + " Nordic Wire 1");
        }
    }

    @Test
    void givesEachStoryASectionWithItsOutletsAndFactTables() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(Summaries.entries()).toFile())) {
            String section = page(pdf, 4);

            assertThat(section).contains("1. Denmark pledges aid", "2024-05-06 to 2024-05-07",
                    "Reported by Nordic Wire, Baltic Post", "Actor", "Commitment", "Strength", "Timeframe",
                    "give ¥195 billion to Ukraine", "firm", "by 2026", "Holder", "Stance", "Renée Østergård",
                    "support", "=SUM(A1:A9) backs Ukraine");
        }
    }

    @Test
    void endsWithTheArticlesAndTheSkippedInputs() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(Summaries.entries()).toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Appendix: articles", "Copenhagen promises ¥195 billion",
                    "Baltic Post  ·  2024-05-07  ·  news  ·  003_report.txt", "Skipped inputs", "002_empty.txt",
                    "empty file");
        }
    }

    @Test
    void numbersEveryPageUnderARunningHeader() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(Summaries.entries()).toFile())) {
            int pages = pdf.getNumberOfPages();

            for (int page = 2; page <= pages; page++) {
                assertThat(page(pdf, page)).contains("Briefing · 2024-05-07", "Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void bookmarksEverySection() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(Summaries.entries()).toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }

            assertThat(titles).containsExactly("Executive summary", "Contents", "1. Denmark pledges aid",
                    "Appendix: articles", "Skipped inputs");
        }
    }

    @Test
    void repeatsATableHeaderOnEveryPageTheTableRunsOnto() throws Exception {
        List<PackEntry> entries = new ArrayList<>();
        IntStream.range(0, 120).forEach(i -> entries.add(new SkippedInput(ArticleSummary.skipped("s" + i,
                "skipped-%03d.txt".formatted(i), null, "not valid UTF-8 at byte " + i))));

        try (PDDocument pdf = Loader.loadPDF(write(entries).toFile())) {
            List<Integer> tablePages = IntStream.rangeClosed(1, pdf.getNumberOfPages()).boxed()
                    .filter(page -> page(pdf, page).contains("skipped-")).toList();

            assertThat(tablePages).hasSizeGreaterThan(1);
            tablePages.forEach(page -> assertThat(page(pdf, page)).as("page %d", page).contains("File", "Reason"));
            assertThat(page(pdf, tablePages.getLast())).contains("skipped-119.txt");
        }
    }

    @ParameterizedTest(name = "{0} stories")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void keepsTheCountryChartWithItsHeadingInTheExecutiveSummary(int stories) throws Exception {
        List<PackEntry> entries = IntStream.range(0, stories).mapToObj(PdfBriefingWriterTests::longPledge).toList();

        try (PDDocument pdf = Loader.loadPDF(write(entries).toFile())) {
            int chart = firstPage(pdf, "Countries most involved");

            assertThat(page(pdf, chart)).contains("Lithuania");
            assertThat(chart).isLessThan(firstPage(pdf, "Reported by"));
        }
    }

    @Test
    void embedsEveryFontOnEveryPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(Summaries.entries()).toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " on page " + pdf.getPages().indexOf(page)).isTrue();
                }
            }
        }
    }

    private static final List<CountryMention> TEN_COUNTRIES = Stream.of("DK:Denmark", "UA:Ukraine", "SE:Sweden",
            "NO:Norway", "FI:Finland", "EE:Estonia", "LV:Latvia", "LT:Lithuania", "PL:Poland", "DE:Germany")
            .map(country -> country.split(":"))
            .map(country -> new CountryMention(country[0], country[1], 1, List.of(country[1]))).toList();

    /** A story naming ten countries whose firm commitment takes several lines in the executive summary. */
    private static PackEntry longPledge(int i) {
        ArticleSummary pledge = Summaries.pledge();
        Commitment c = pledge.commitments().getFirst();
        Commitment longer = new Commitment(c.actors(), c.statedBy(),
                c.action() + " and fund the repair of its ports, railways and power grid".repeat(3), c.strength(),
                c.timeframe(), c.sentence(), c.start(), c.end());
        ArticleSummary article = new ArticleSummary("pledge-" + i, "pledge-" + i + ".txt", pledge.sha256(),
                pledge.title() + " " + i, pledge.source(), pledge.published(), pledge.kind(), pledge.dateline(),
                TEN_COUNTRIES, pledge.organizations(), pledge.people(), pledge.positions(), List.of(longer), null,
                null);
        return new StoryAssembler(key -> false).assembleArticles("story-" + i, i + 1, List.of(article));
    }

    private static int firstPage(PDDocument pdf, String text) {
        return IntStream.rangeClosed(1, pdf.getNumberOfPages()).filter(page -> page(pdf, page).contains(text))
                .findFirst().orElseThrow();
    }

    private static String page(PDDocument pdf, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private Path write(List<? extends PackEntry> entries) throws Exception {
        Path file = dir.resolve("briefing.pdf");
        PdfBriefingWriter writer = new PdfBriefingWriter(file, LocalDate.of(2024, 5, 7));
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(entries));
        writer.close();
        return file;
    }
}
