package dev.briefing.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.briefing.processor.summary.Actor;
import dev.briefing.processor.summary.ArticleSummary;
import dev.briefing.processor.summary.Commitment;
import dev.briefing.processor.summary.CountryMention;
import dev.briefing.processor.summary.Position;
import org.jspecify.annotations.Nullable;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the briefing PDF with OpenPDF, streaming: each article's section is laid out as it comes
 * and pages are flushed as they fill. Fonts are Liberation Sans, embedded, so names with accents,
 * curly quotes and currency signs render on any reader.
 */
public class PdfBriefingWriter implements ItemStreamWriter<ArticleSummary> {

    private final Path file;

    private final LocalDate runDate;

    private @Nullable OutputStream out;

    private @Nullable Document document;

    private final List<String> skipped = new ArrayList<>();

    private @Nullable Fonts fonts;

    private record Fonts(Font title, Font heading, Font body, Font small) {
    }

    public PdfBriefingWriter(Path file, LocalDate runDate) {
        this.file = Objects.requireNonNull(file, "file");
        this.runDate = Objects.requireNonNull(runDate, "runDate");
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            fonts = new Fonts(Liberation.SANS_BOLD.create(22), Liberation.SANS_BOLD.create(13),
                    Liberation.SANS.create(10), Liberation.SANS.create(8));
            out = Files.newOutputStream(file);
            document = new Document(PageSize.A4, 56, 56, 64, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(fonts.small(), runDate));
            document.addTitle("Briefing " + runDate);
            document.open();
            document.add(new Paragraph("Briefing", fonts.title()));
            document.add(new Paragraph("Run date " + runDate, fonts.body()));
            skipped.clear();
        }
        catch (IOException | DocumentException ex) {
            throw new ItemStreamException("Cannot open PDF " + file + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public void write(Chunk<? extends ArticleSummary> chunk) {
        for (ArticleSummary summary : chunk) {
            if (summary.skipped() != null) {
                skipped.add(summary.file() + ": " + summary.skipped().reason());
            }
            else {
                section(summary);
            }
        }
    }

    private void section(ArticleSummary summary) {
        Document doc = open();
        Fonts f = Objects.requireNonNull(fonts);
        Paragraph heading = new Paragraph(summary.title() == null ? summary.id() : summary.title(), f.heading());
        heading.setSpacingBefore(14);
        doc.add(heading);
        doc.add(new Paragraph(String.join(" · ", nonNull(summary.source(),
                summary.published() == null ? null : summary.published().toString(),
                summary.kind() == null ? null : summary.kind().name().toLowerCase(), summary.file())), f.small()));
        if (!summary.countries().isEmpty()) {
            doc.add(new Paragraph("Countries: " + summary.countries().stream().map(CountryMention::name)
                    .collect(Collectors.joining(", ")), f.body()));
        }
        for (Position position : summary.positions()) {
            doc.add(new Paragraph("• " + names(position.holders()) + " (" + position.stance().name().toLowerCase()
                    + "): " + position.statement(), f.body()));
        }
        for (Commitment commitment : summary.commitments()) {
            doc.add(new Paragraph("→ " + names(commitment.actors()) + " will " + commitment.action() + " ("
                    + commitment.strength().name().toLowerCase()
                    + (commitment.timeframe() == null ? "" : ", " + commitment.timeframe()) + ")", f.body()));
        }
    }

    @Override
    public void close() {
        if (document == null) {
            return;
        }
        try {
            if (!skipped.isEmpty()) {
                Fonts f = Objects.requireNonNull(fonts);
                Paragraph heading = new Paragraph("Skipped inputs", f.heading());
                heading.setSpacingBefore(14);
                document.add(heading);
                for (String line : skipped) {
                    document.add(new Paragraph(line, f.body()));
                }
            }
            document.close();
        }
        finally {
            document = null;
            closeStream();
        }
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
        }
    }

    private Document open() {
        if (document == null) {
            throw new IllegalStateException("PdfBriefingWriter is not open");
        }
        return document;
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining(" and "));
    }

    private static List<String> nonNull(@Nullable String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }

    /** Running header and page numbers. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;

        private final LocalDate runDate;

        PageNumbers(Font font, LocalDate runDate) {
            this.font = font;
            this.runDate = runDate;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase("Briefing " + runDate, font), document.left(), document.top() + 20, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), font), document.right(), document.bottom() - 24, 0);
        }
    }
}
