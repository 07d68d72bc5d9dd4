package dev.briefing.writer;

import java.util.HashMap;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.PdfPageEventHelper;

/**
 * The running header and the page numbers. Pages are numbered only when the document is complete
 * and its front matter moved to the front, so each page's number is a template filled in then.
 */
final class PageDecorations extends PdfPageEventHelper {

    private final PdfStyles styles;

    private final String header;

    private final Map<Integer, PdfTemplate> numbers = new HashMap<>();

    private int cover = -1;

    private int front = 1;

    private int total;

    PageDecorations(PdfStyles styles, String header) {
        this.styles = styles;
        this.header = header;
    }

    /** The page being started is the cover: no header, no number. */
    void cover(int page) {
        this.cover = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == cover) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header, styles.small()), document.left(),
                document.top() + 24, 0);
        canvas.setColorStroke(styles.accent());
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), document.top() + 18);
        canvas.lineTo(document.right(), document.top() + 18);
        canvas.stroke();
        PdfTemplate number = canvas.createTemplate(80, 12);
        canvas.addTemplate(number, document.right() - 80, document.bottom() - 30);
        numbers.put(page, number);
    }

    /** Numbers every page, now that the pages from {@code front} on have moved to the front. */
    void number(int front, int total) {
        this.front = front;
        this.total = total;
        numbers.forEach((page, template) -> PdfFrontMatter.fillRight(template, styles,
                "Page " + finalPage(page) + " of " + total));
    }

    /** Where a page laid out as {@code page} ends up once the front matter is moved to the front. */
    int finalPage(int page) {
        return page >= front ? page - front + 1 : page + total - front + 1;
    }
}
