package dev.briefing.writer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.briefing.processor.story.CorroboratedCommitment;
import dev.briefing.processor.story.Story;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** The cover, contents and executive summary of the briefing PDF. */
final class PdfFrontMatter {

    private static final float NUMBER_WIDTH = 40;

    private final Document document;

    private final PdfWriter writer;

    private final PdfStyles styles;

    private final LocalDate runDate;

    PdfFrontMatter(Document document, PdfWriter writer, PdfStyles styles, LocalDate runDate) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.runDate = runDate;
    }

    void cover(int stories, int articles, int skipped) {
        Paragraph space = new Paragraph(" ", styles.body());
        space.setSpacingBefore(180);
        document.add(space);
        document.add(new Paragraph("Briefing", styles.title()));
        Paragraph date = new Paragraph(runDate.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)),
                styles.heading());
        date.setSpacingAfter(24);
        document.add(date);
        document.add(new Paragraph(stories + (stories == 1 ? " story" : " stories") + " from " + articles
                + (articles == 1 ? " article" : " articles") + (skipped == 0 ? "" : "; " + skipped
                + (skipped == 1 ? " input" : " inputs") + " skipped"), styles.body()));
        Paragraph note = new Paragraph("Every fact links back to its sentence in briefing.xlsx and summaries.jsonl.",
                styles.small());
        note.setSpacingBefore(8);
        document.add(note);
    }

    /** The contents, one line per section, its page number a template filled once pages are final. */
    Map<String, PdfTemplate> contents(List<String[]> entries) {
        Map<String, PdfTemplate> numbers = new LinkedHashMap<>();
        PdfPTable table = new PdfPTable(new float[] {90, 10});
        table.setWidthPercentage(100);
        line(table, "Executive summary", "summary", numbers);
        for (String[] entry : entries) {
            line(table, entry[0], entry[1], numbers);
        }
        document.add(table);
        return numbers;
    }

    private void line(PdfPTable table, String title, String destination, Map<String, PdfTemplate> numbers) {
        PdfPCell name = new PdfPCell(new Phrase(new Chunk(title, styles.body()).setLocalGoto(destination)));
        name.setBorder(PdfPCell.BOTTOM);
        name.setBorderColor(styles.shade());
        name.setPadding(4);
        table.addCell(name);
        PdfTemplate number = writer.getDirectContent().createTemplate(NUMBER_WIDTH, 12);
        numbers.put(destination, number);
        PdfPCell page = new PdfPCell(Image.getInstance(number), false);
        page.setBorder(PdfPCell.BOTTOM);
        page.setBorderColor(styles.shade());
        page.setPadding(4);
        page.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(page);
    }

    void summary(List<Story> topStories, List<CorroboratedCommitment> commitments, List<CountryTally.Counts> countries) {
        document.add(subheading("Top stories"));
        for (Story story : topStories) {
            Paragraph line = new Paragraph("", styles.body());
            line.add(new Chunk(story.rank() + ". ", styles.bold()));
            line.add(new Chunk(story.headline(), styles.bold()).setLocalGoto("story-" + story.rank()));
            line.add(new Chunk("  " + story.articles().size() + (story.articles().size() == 1 ? " article" : " articles")
                    + (story.outlets().isEmpty() ? "" : " from " + String.join(", ", story.outlets())), styles.small()));
            line.setSpacingAfter(3);
            document.add(line);
        }
        if (topStories.isEmpty()) {
            document.add(new Paragraph("No articles were summarised in this run.", styles.body()));
        }
        document.add(subheading("Firm and planned commitments"));
        if (commitments.isEmpty()) {
            document.add(new Paragraph("None reported.", styles.body()));
        }
        else {
            document.add(PdfBriefingWriter.commitmentTable(commitments, styles));
        }
        if (!countries.isEmpty()) {
            document.add(keptTogether(subheading("Countries most involved (articles naming them)"), chart(countries)));
        }
    }

    /** The elements in one borderless cell, moved to the next page whole when they do not fit. */
    private static PdfPTable keptTogether(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Element element : elements) {
            cell.addElement(element);
        }
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.addCell(cell);
        return block;
    }

    private Paragraph subheading(String text) {
        Paragraph heading = new Paragraph(text, styles.subheading());
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(5);
        return heading;
    }

    /** A horizontal bar chart: one bar per country, its length the articles naming it. */
    private Image chart(List<CountryTally.Counts> countries) {
        float width = document.right() - document.left();
        float bar = 14;
        float gap = 5;
        float label = 130;
        float height = countries.size() * (bar + gap) + gap;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        int most = countries.getFirst().articles;
        BaseFont font = styles.cell().getBaseFont();
        for (int i = 0; i < countries.size(); i++) {
            CountryTally.Counts country = countries.get(i);
            float y = height - (i + 1) * (bar + gap);
            float length = (width - label - 40) * country.articles / Math.max(1, most);
            chart.setColorFill(styles.accent());
            chart.rectangle(label, y, Math.max(1, length), bar);
            chart.fill();
            chart.beginText();
            chart.setColorFill(java.awt.Color.DARK_GRAY);
            chart.setFontAndSize(font, 8.5f);
            chart.showTextAligned(PdfContentByte.ALIGN_RIGHT, country.name, label - 6, y + 4, 0);
            chart.showTextAligned(PdfContentByte.ALIGN_LEFT, String.valueOf(country.articles), label + length + 4, y + 4,
                    0);
            chart.endText();
        }
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    static void fill(PdfTemplate template, PdfStyles styles, String text) {
        fillRight(template, styles, text);
    }

    static void fillRight(PdfTemplate template, PdfStyles styles, String text) {
        template.beginText();
        template.setColorFill(java.awt.Color.DARK_GRAY);
        template.setFontAndSize(styles.small().getBaseFont(), 8);
        template.showTextAligned(PdfContentByte.ALIGN_RIGHT, text, template.getWidth(), 2, 0);
        template.endText();
    }
}
