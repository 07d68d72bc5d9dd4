package dev.briefing.writer;

import java.awt.Color;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Font;

/** The fonts and colours of the briefing PDF: Liberation Sans, embedded, for any script's accents. */
record PdfStyles(Font title, Font heading, Font subheading, Font body, Font bold, Font small, Font tableHeader,
        Font cell, Color accent, Color shade) {

    static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);

    static PdfStyles create() {
        try {
            Font title = Liberation.SANS_BOLD.create(30);
            title.setColor(NAVY);
            Font heading = Liberation.SANS_BOLD.create(15);
            heading.setColor(NAVY);
            Font subheading = Liberation.SANS_BOLD.create(11);
            subheading.setColor(NAVY);
            Font small = Liberation.SANS.create(8);
            small.setColor(new Color(0x55, 0x55, 0x55));
            Font tableHeader = Liberation.SANS_BOLD.create(9);
            tableHeader.setColor(Color.WHITE);
            return new PdfStyles(title, heading, subheading, Liberation.SANS.create(10), Liberation.SANS_BOLD.create(10),
                    small, tableHeader, Liberation.SANS.create(9), NAVY, new Color(0xEE, 0xF2, 0xF7));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("Cannot load the Liberation fonts", ex);
        }
    }
}
