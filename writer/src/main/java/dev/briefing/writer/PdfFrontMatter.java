package dev.briefing.writer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final PackContext context;

    PdfFrontMatter(Document document, PdfWriter writer, PdfStyles styles, PackContext context) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.context = context;
        this.runDate = context.runDate();
    }

    /** The counts of the run, as the console and {@code status} give them: read, summarised, skipped. */
    static String counts(int stories, int articles, int skipped, int duplicates, long leftOut) {
        long read = articles + skipped + leftOut;
        StringBuilder line = new StringBuilder().append(read).append(read == 1 ? " input read: " : " inputs read: ")
                .append(articles).append(articles == 1 ? " article summarised" : " articles summarised")
                .append(" into ").append(stories).append(stories == 1 ? " story" : " stories").append("; ")
                .append(skipped).append(" skipped");
        if (duplicates > 0) {
            line.append(" (").append(duplicates).append(" with the same content as another input)");
        }
        if (leftOut > 0) {
            line.append("; ").append(leftOut).append(" left out as briefed by an earlier run");
        }
        return line.append('.').toString();
    }

    void cover(int stories, int articles, int skipped, int duplicates) {
        Paragraph space = new Paragraph(" ", styles.body());
        space.setSpacingBefore(180);
        document.add(space);
        document.add(new Paragraph("Briefing", styles.title()));
        Paragraph date = new Paragraph(runDate.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)),
                styles.heading());
        date.setSpacingAfter(24);
        document.add(date);
        document.add(new Paragraph(counts(stories, articles, skipped, duplicates, context.leftOut()), styles.body()));
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

    /**
     * Per top story: its headline, who reports it, what happened, its new commitments and its
     * sharpest positions between countries; then the countries most involved.
     */
    void summary(List<Story> topStories, List<CountryTally.Counts> countries) {
        if (context.firstRun()) {
            document.add(new Paragraph(PackContext.FIRST_RUN, styles.small()));
        }
        for (Story story : topStories) {
            story(story);
        }
        if (topStories.isEmpty()) {
            document.add(new Paragraph("No articles were summarised in this run.", styles.body()));
        }
        if (!countries.isEmpty()) {
            document.add(keptTogether(subheading("Countries most involved (articles naming them)"), chart(countries)));
        }
    }

    private void story(Story story) {
        StoryDigest digest = new StoryDigest(story);
        Paragraph headline = new Paragraph("", styles.subheading());
        headline.add(new Chunk(story.rank() + ". ", styles.subheading()));
        headline.add(new Chunk(story.headline(), styles.subheading()).setLocalGoto("story-" + story.rank()));
        headline.setSpacingBefore(10);
        headline.setKeepTogether(true);
        document.add(headline);
        document.add(new Paragraph(digest.details() + "  ·  " + digest.reporters(), styles.small()));
        if (digest.happened() != null) {
            Paragraph happened = new Paragraph(digest.happened(), styles.body());
            happened.setSpacingBefore(3);
            document.add(happened);
        }
        items(context.firstRun() ? "Commitments" : "New commitments", digest.commitments());
        items("Sharpest positions", digest.positions());
    }

    private void items(String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(label, styles.bold());
        heading.setSpacingBefore(3);
        document.add(heading);
        for (String item : items) {
            Paragraph line = new Paragraph("\u2022 " + item, styles.body());
            line.setIndentationLeft(10);
            line.setFirstLineIndent(-8);
            document.add(line);
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
