package dev.briefing.writer;

import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A table of the briefing PDF: a shaded header row repeated on every page the table spans, rows
 * that may split across pages rather than leave a gap, and alternate rows shaded.
 */
final class PdfTables {

    private final PdfStyles styles;

    private final PdfPTable table;

    private int rows;

    PdfTables(PdfStyles styles, float[] widths, String... headers) {
        this.styles = styles;
        this.table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, styles.tableHeader()));
            cell.setBackgroundColor(styles.accent());
            cell.setPadding(4);
            cell.setBorderColor(styles.accent());
            table.addCell(cell);
        }
    }

    void row(String... values) {
        rows++;
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, styles.cell()));
            cell.setPadding(4);
            cell.setBorderColor(styles.shade().darker());
            if (rows % 2 == 0) {
                cell.setBackgroundColor(styles.shade());
            }
            table.addCell(cell);
        }
    }

    PdfPTable table() {
        return table;
    }
}
