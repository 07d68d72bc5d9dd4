package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import dev.briefing.processor.story.PackEntry;
import dev.briefing.processor.story.SkippedInput;
import dev.briefing.processor.summary.ArticleSummary;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ExcelBriefingWriterTests {

    @TempDir
    Path dir;

    @Test
    void namesTheSheetsAnAnalystLooksFor() throws Exception {
        XSSFWorkbook workbook = write(Summaries.entries());

        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)).containsExactly(
                "Overview", "Stories", "Commitments", "Positions", "Countries", "People", "Articles", "Skipped");
    }

    @Test
    void listsAStoryWithItsDatesOutletsAndCorroboratedFacts() throws Exception {
        Sheet stories = write(Summaries.entries()).getSheet("Stories");

        assertThat(stories.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Denmark pledges aid");
        assertThat(stories.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(stories.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(stories.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Nordic Wire, Baltic Post");
        assertThat(stories.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2);
        assertThat(stories.getRow(1).getCell(8).getNumericCellValue()).as("corroborated facts").isEqualTo(2);
        assertThat(stories.getLastRowNum()).isEqualTo(1);
    }

    @Test
    void mergesACommitmentTwoOutletsReportedIntoOneRowWithBothSources() throws Exception {
        Sheet commitments = write(Summaries.entries()).getSheet("Commitments");

        assertThat(commitments.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Denmark");
        assertThat(commitments.getRow(1).getCell(2).getStringCellValue()).isEqualTo("give ¥195 billion to Ukraine");
        assertThat(commitments.getRow(1).getCell(3).getStringCellValue()).isEqualTo("firm");
        assertThat(commitments.getRow(1).getCell(4).getStringCellValue()).isEqualTo("by 2026");
        assertThat(commitments.getRow(1).getCell(6).getStringCellValue()).contains("Nordic Wire", "Baltic Post");
        assertThat(commitments.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2);
        assertThat(commitments.getLastRowNum()).isEqualTo(1);
    }

    @Test
    void linksEachFactToItsStoryAndArticleRows() throws Exception {
        Sheet commitments = write(Summaries.entries()).getSheet("Commitments");

        Cell story = commitments.getRow(1).getCell(0);
        Cell article = commitments.getRow(1).getCell(9);
        assertThat(story.getCellFormula()).isEqualTo("HYPERLINK(\"#'Stories'!A2\",\"Denmark pledges aid\")");
        assertThat(story.getStringCellValue()).isEqualTo("Denmark pledges aid");
        assertThat(article.getCellFormula()).isEqualTo("HYPERLINK(\"#'Articles'!A2\",\"001_pledge\")");
        assertThat(article.getStringCellValue()).isEqualTo("001_pledge");
    }

    @Test
    void quotesTheTextOfALinkSoThatNoHeadlineBreaksItsFormula() throws Exception {
        ArticleSummary quoted = new ArticleSummary("005_quoted", "005_quoted.txt", null,
                "\"=1+1\" or \"no\", says Denmark", null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                Summaries.pledge().commitments(), null, null);
        XSSFWorkbook workbook = write(List.of(new dev.briefing.processor.story.StoryAssembler(key -> false)
                .assembleArticles("story-005", 1, List.of(quoted))));

        Cell story = workbook.getSheet("Commitments").getRow(1).getCell(0);
        assertThat(story.getCellFormula()).isEqualTo(
                "HYPERLINK(\"#'Stories'!A2\",\"\"\"=1+1\"\" or \"\"no\"\", says Denmark\")");
        assertThat(story.getStringCellValue()).isEqualTo("\"=1+1\" or \"no\", says Denmark");
    }

    @Test
    void writesDatesAsDateCellsAndCountsAsNumbers() throws Exception {
        Sheet articles = write(Summaries.entries()).getSheet("Articles");

        assertThat(DateUtil.isCellDateFormatted(articles.getRow(1).getCell(3))).isTrue();
        assertThat(articles.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(articles.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(articles.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Baltic Post");
    }

    @Test
    void storesTextThatLooksLikeAFormulaAsText() throws Exception {
        ArticleSummary formulas = new ArticleSummary("004_formula", "004_formula.txt", null, "+1 for Denmark", "@Wire",
                null, null, "-COPENHAGEN", List.of(), List.of(), List.of(), Summaries.pledge().positions(),
                List.of(), null, null);
        XSSFWorkbook workbook = write(List.of(new dev.briefing.processor.story.StoryAssembler(key -> false)
                .assembleArticles("story-004", 1, List.of(formulas))));

        Sheet positions = workbook.getSheet("Positions");
        assertThat(positions.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
        assertThat(positions.getRow(1).getCell(4).getStringCellValue()).isEqualTo("=SUM(A1:A9) backs Ukraine");
        Sheet articles = workbook.getSheet("Articles");
        assertThat(articles.getRow(1).getCell(1).getStringCellValue()).isEqualTo("+1 for Denmark");
        assertThat(articles.getRow(1).getCell(2).getStringCellValue()).isEqualTo("@Wire");
        assertThat(articles.getRow(1).getCell(5).getStringCellValue()).isEqualTo("-COPENHAGEN");
    }

    @Test
    void laysOutEachSheetAsAFilteredTableWithFrozenBoldHeader() throws Exception {
        XSSFWorkbook workbook = write(Summaries.entries());

        for (String name : List.of("Stories", "Commitments", "Positions", "Countries", "People", "Articles",
                "Skipped")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .as(name).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
            assertThat(IntStream.range(0, sheet.getRow(0).getLastCellNum()).map(sheet::getColumnWidth).max().orElseThrow())
                    .as(name).isGreaterThanOrEqualTo(20 * 256);
        }
        assertThat(workbook.getSheet("Articles").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
    }

    @Test
    void heightensARowToShowItsWrappedText() throws Exception {
        XSSFSheet skipped = write(List.of(new SkippedInput(Summaries.skipped()), new SkippedInput(ArticleSummary
                .skipped("long", "long.txt", null, "not valid UTF-8 ".repeat(30))))).getSheet("Skipped");

        float line = skipped.getDefaultRowHeightInPoints();
        assertThat(skipped.getRow(1).getHeightInPoints()).as("a reason on one line").isEqualTo(line);
        assertThat(skipped.getRow(2).getHeightInPoints()).as("a reason over several").isGreaterThan(3 * line);
    }

    @Test
    void printsEachTableLandscapeOnePageWideWithItsHeaderOnEveryPage() throws Exception {
        XSSFWorkbook workbook = write(Summaries.entries());

        for (String name : List.of("Stories", "Commitments", "Positions", "Countries", "People", "Articles",
                "Skipped")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
            assertThat(sheet.getRepeatingRows().getFirstRow()).as(name).isZero();
            assertThat(sheet.getRepeatingRows().getLastRow()).as(name).isZero();
        }
    }

    @Test
    void countsEachCountryAsHolderAndSubject() throws Exception {
        Sheet countries = write(Summaries.entries()).getSheet("Countries");

        assertThat(countries.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Denmark");
        assertThat(countries.getRow(1).getCell(2).getNumericCellValue()).as("articles").isEqualTo(2);
        assertThat(countries.getRow(1).getCell(3).getNumericCellValue()).as("mentions").isEqualTo(4);
        assertThat(countries.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ukraine");
        assertThat(countries.getRow(2).getCell(5).getNumericCellValue()).as("as subject").isPositive();
    }

    @Test
    void summarisesTheRunOnTheOverviewWithANativeBarChart() throws Exception {
        XSSFWorkbook workbook = write(Summaries.entries());

        XSSFSheet overview = workbook.getSheet("Overview");
        assertThat(overview.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(overview.getRow(2).getCell(2).getNumericCellValue()).as("inputs read").isEqualTo(3);
        assertThat(overview.getRow(3).getCell(2).getNumericCellValue()).as("articles").isEqualTo(2);
        assertThat(overview.getRow(4).getCell(2).getNumericCellValue()).as("skipped").isEqualTo(1);
        assertThat(overview.getRow(7).getCell(2).getNumericCellValue()).as("stories").isEqualTo(1);
        assertThat(overview.getRow(14).getCell(1).getStringCellValue()).isEqualTo("Denmark pledges aid");
        List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
        assertThat(charts).singleElement().satisfies(chart -> assertThat(chart.getTitleText().getString())
                .startsWith("Countries most involved"));
        XDDFChartData.Series bars = charts.getFirst().getChartSeries().getFirst().getSeries(0);
        assertThat(bars.getCategoryData().getDataRangeReference()).isEqualTo("'Countries'!$A$2:$A$3");
        assertThat(bars.getValuesData().getPointAt(0)).isEqualTo(2.0);
        assertThat(bars.getShapeProperties().getFillProperties()).as("bars drawn with a fill of their own")
                .isInstanceOf(XDDFSolidFillProperties.class);
    }

    @Test
    void listsSkippedInputsWithTheirReason() throws Exception {
        Sheet skipped = write(Summaries.entries()).getSheet("Skipped");

        assertThat(skipped.getRow(1).getCell(0).getStringCellValue()).isEqualTo("002_empty.txt");
        assertThat(skipped.getRow(1).getCell(1).getStringCellValue()).isEqualTo("empty file");
    }

    @Test
    void writesAnEmptyRunAsAWorkbookThatSaysSo() throws Exception {
        XSSFWorkbook workbook = write(List.of(new SkippedInput(Summaries.skipped())));

        assertThat(workbook.getSheet("Overview").getRow(3).getCell(2).getNumericCellValue()).as("articles").isZero();
        assertThat(workbook.getSheet("Stories").getLastRowNum()).isZero();
    }

    private XSSFWorkbook write(List<? extends PackEntry> entries) throws Exception {
        Path file = dir.resolve("briefing.xlsx");
        ExcelBriefingWriter writer = new ExcelBriefingWriter(file, LocalDate.of(2024, 5, 7));
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(entries));
        writer.close();
        return new XSSFWorkbook(file.toFile());
    }
}
