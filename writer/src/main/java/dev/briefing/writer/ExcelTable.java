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
 * over the rows written, fixed column widths and wrapped long text. Text is always stored as text,
 * never as a formula, whatever character it begins with.
 */
final class ExcelTable {

    /** Excel's limit on the characters of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    record Column(String header, int widthChars) {
    }

    private final SXSSFSheet sheet;

    private final List<Column> columns;

    private final ExcelStyles styles;

    private int nextRow;

    ExcelTable(SXSSFWorkbook workbook, ExcelStyles styles, String name, List<Column> columns) {
        this.sheet = workbook.createSheet(name);
        this.columns = List.copyOf(columns);
        this.styles = styles;
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
    }

    /** Appends a row; values are text, numbers, dates or null (an empty cell). */
    void row(@Nullable Object... values) {
        Row row = sheet.createRow(nextRow++);
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
                default -> {
                    cell.setCellValue(text(value.toString()));
                    cell.setCellStyle(styles.text());
                }
            }
        }
    }

    /** Sets the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
    }

    private static String text(String value) {
        return value.length() <= MAX_CELL_TEXT ? value : value.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    /** The cell styles of a workbook's tables, created once per workbook. */
    record ExcelStyles(CellStyle header, CellStyle text, CellStyle number, CellStyle date) {
    }
}
