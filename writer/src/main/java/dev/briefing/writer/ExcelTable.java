package dev.briefing.writer;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One streamed sheet laid out as a table: bold header row, frozen below the header, an autofilter
 * over the rows written, fixed column widths and wrapped long text. Text from articles is always
 * stored as text, never as a formula, whatever character it begins with; the only formulas are the
 * links the table makes itself, whose text is quoted.
 */
final class ExcelTable {

    /** Excel's limit on the characters of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private static final int MAX_ROW_LINES = 8;

    record Column(String header, int widthChars) {
    }

    /**
     * A cell that links to a row of another sheet of the workbook. Written as a {@code HYPERLINK}
     * formula with its text as the cached value, not as a cell hyperlink: SXSSF keeps every cell
     * hyperlink in memory until the workbook is written, but streams formulas like any cell.
     */
    record Link(String text, String sheet, int row) {

        /** Excel's limit on a text constant in a formula. */
        private static final int MAX_FORMULA_TEXT = 255;

        String shown() {
            return text.length() <= MAX_FORMULA_TEXT ? text : text.substring(0, MAX_FORMULA_TEXT - 1) + "…";
        }

        String formula() {
            return "HYPERLINK(\"#'" + sheet + "'!A" + row + "\",\"" + shown().replace("\"", "\"\"") + "\")";
        }
    }

    private final SXSSFSheet sheet;

    private final List<Column> columns;

    private final ExcelStyles styles;

    private int nextRow;

    private final int headerRow;

    ExcelTable(SXSSFWorkbook workbook, ExcelStyles styles, String name, List<Column> columns) {
        this(workbook, styles, workbook.createSheet(name), 0, columns);
    }

    /** A table whose header is at row {@code headerRow} (0-based) of a sheet whose rows above are written. */
    ExcelTable(SXSSFWorkbook workbook, ExcelStyles styles, SXSSFSheet sheet, int headerRow, List<Column> columns) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.headerRow = headerRow;
        this.nextRow = headerRow;
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, headerRow + 1);
        printOnePageWide(sheet, headerRow);
    }

    /** Printed landscape, one page wide, the header row repeated on every page. */
    private static void printOnePageWide(SXSSFSheet sheet, int headerRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /**
     * Appends a row; values are text, numbers, dates, {@link Link}s or null (an empty cell).
     *
     * @return the row's number as Excel shows it (1-based), for links to it
     */
    int row(@Nullable Object... values) {
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Number number -> {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number());
                }
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date());
                }
                case Link link -> {
                    cell.setCellFormula(link.formula());
                    cell.setCellValue(link.shown());
                    cell.setCellStyle(styles.link());
                }
                default -> {
                    String text = text(value.toString());
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.text());
                    lines = Math.max(lines, lines(text, columns.get(i).widthChars()));
                }
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
        return nextRow;
    }

    /** Sets the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
    }

    /**
     * How many lines wrapped text takes in a column, estimated: neither Excel nor LibreOffice fits a row's
     * height to wrapped text when it opens a file, so the writer sets it, up to {@value #MAX_ROW_LINES} lines.
     */
    static int lines(String text, int widthChars) {
        int perLine = Math.max(1, widthChars * 6 / 5);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return Math.min(MAX_ROW_LINES, lines);
    }

    private static String text(String value) {
        return value.length() <= MAX_CELL_TEXT ? value : value.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    /** The cell styles of a workbook's tables, created once per workbook. */
    record ExcelStyles(CellStyle header, CellStyle text, CellStyle number, CellStyle date, CellStyle link,
            CellStyle title) {
    }
}
