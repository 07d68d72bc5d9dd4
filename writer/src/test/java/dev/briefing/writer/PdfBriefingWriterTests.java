package dev.briefing.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class PdfBriefingWriterTests {

    @TempDir
    Path dir;

    @Test
    void writesReadableTextForEachArticleWithAccentsQuotesAndYen() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write().toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Briefing", "Run date 2024-05-07", "Denmark pledges aid",
                    "Renée Østergård (support)", "give ¥195 billion to Ukraine", "by 2026",
                    "Skipped inputs", "002_empty.txt: empty file", "Page 1");
        }
    }

    @Test
    void embedsEveryFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write().toFile())) {
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    private Path write() throws Exception {
        Path file = dir.resolve("briefing.pdf");
        PdfBriefingWriter writer = new PdfBriefingWriter(file, LocalDate.of(2024, 5, 7));
        writer.open(new ExecutionContext());
        writer.write(Chunk.of(Summaries.pledge(), Summaries.skipped()));
        writer.close();
        return file;
    }
}
