package dev.briefing.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.Position;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import static dev.briefing.writer.ExcelTable.Column;

/**
 * Writes the briefing workbook with Apache POI's streaming SXSSF API: rows are flushed to disk as
 * they come, so memory stays flat however many articles the run has.
 *
 * <p>Sheets: Overview, Articles, Positions, Commitments, Skipped. The workbook is written to its
 * file when the writer is closed.
 */
public class ExcelBriefingWriter implements ItemStreamWriter<ArticleSummary> {

    private static final int ROWS_IN_MEMORY = 100;

    private final Path file;

    private final LocalDate runDate;

    private @Nullable SXSSFWorkbook workbook;

    private @Nullable ExcelTable overview;

    private @Nullable ExcelTable articles;

    private @Nullable ExcelTable positions;

    private @Nullable ExcelTable commitments;

    private @Nullable ExcelTable skipped;

    private int summarised;

    private int skippedCount;

    public ExcelBriefingWriter(Path file, LocalDate runDate) {
        this.file = Objects.requireNonNull(file, "file");
        this.runDate = Objects.requireNonNull(runDate, "runDate");
    }

    @Override
    public void open(ExecutionContext executionContext) {
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        ExcelTable.ExcelStyles styles = styles(workbook);
        overview = new ExcelTable(workbook, styles, "Overview", List.of(new Column("Item", 28), new Column("Value", 40)));
        articles = new ExcelTable(workbook, styles, "Articles", List.of(new Column("Article", 28),
                new Column("Title", 60), new Column("Outlet", 22), new Column("Published", 12), new Column("Kind", 10),
                new Column("Dateline", 14), new Column("Countries", 40), new Column("Positions", 10),
                new Column("Commitments", 12)));
        positions = new ExcelTable(workbook, styles, "Positions", List.of(new Column("Article", 28),
                new Column("Holders", 30), new Column("Stance", 11), new Column("About", 14),
                new Column("Statement", 60), new Column("Sentence", 80)));
        commitments = new ExcelTable(workbook, styles, "Commitments", List.of(new Column("Article", 28),
                new Column("Actors", 30), new Column("Commitment", 60), new Column("Strength", 12),
                new Column("Timeframe", 18), new Column("Stated by", 24), new Column("Sentence", 80)));
        skipped = new ExcelTable(workbook, styles, "Skipped", List.of(new Column("File", 40), new Column("Reason", 80)));
        summarised = 0;
        skippedCount = 0;
    }

    @Override
    public void write(Chunk<? extends ArticleSummary> chunk) {
        for (ArticleSummary summary : chunk) {
            if (summary.skipped() != null) {
                skippedCount++;
                table(skipped).row(summary.file(), summary.skipped().reason());
                continue;
            }
            summarised++;
            table(articles).row(summary.id(), summary.title(), summary.source(), summary.published(),
                    summary.kind() == null ? null : summary.kind().name().toLowerCase(), summary.dateline(),
                    summary.countries().stream().map(CountryMention::name).collect(Collectors.joining(", ")),
                    summary.positions().size(), summary.commitments().size());
            for (Position position : summary.positions()) {
                table(positions).row(summary.id(), names(position.holders()), position.stance().name().toLowerCase(),
                        String.join(", ", position.about()), position.statement(), position.sentence());
            }
            for (Commitment commitment : summary.commitments()) {
                table(commitments).row(summary.id(), names(commitment.actors()), commitment.action(),
                        commitment.strength().name().toLowerCase(), commitment.timeframe(),
                        commitment.statedBy() == null ? null : commitment.statedBy().name(), commitment.sentence());
            }
        }
    }

    @Override
    public void close() throws ItemStreamException {
        if (workbook == null) {
            return;
        }
        try (SXSSFWorkbook book = workbook) {
            table(overview).row("Run date", runDate);
            table(overview).row("Articles summarised", summarised);
            table(overview).row("Inputs skipped", skippedCount);
            for (ExcelTable table : List.of(table(overview), table(articles), table(positions), table(commitments),
                    table(skipped))) {
                table.finish();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        catch (IOException ex) {
            throw new ItemStreamException("Cannot write workbook " + file + ": " + ex.getMessage(), ex);
        }
        finally {
            workbook = null;
        }
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    private static ExcelTable table(@Nullable ExcelTable table) {
        if (table == null) {
            throw new IllegalStateException("ExcelBriefingWriter is not open");
        }
        return table;
    }

    private static ExcelTable.ExcelStyles styles(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        CellStyle date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return new ExcelTable.ExcelStyles(header, text, number, date);
    }
}
