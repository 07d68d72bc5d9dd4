package dev.briefing.processor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.reference.Title;
import org.jspecify.annotations.Nullable;

/**
 * Offices of {@code titles.tsv} written one letter wrong before a name, as hurried copy has them
 * ("Presiden Ilham Aliyev", "Foreign Minster Ararat Mirzoyan"): a word one edit (a letter left out,
 * added, changed, or two swapped) from a one-word office of at least {@value #MIN_LENGTH} letters.
 * Shorter offices are left alone, since one edit from them is too often another word; the gender an
 * office's word tells is not read from a misspelling. Thread-safe: immutable.
 */
final class MisspeltOffices {

    /** Letters an office needs to be recognised misspelt. */
    static final int MIN_LENGTH = 6;

    private static final MisspeltOffices STANDARD = new MisspeltOffices();

    private final List<Title> offices = new ArrayList<>();

    private MisspeltOffices() {
        for (String[] row : ReferenceData.rows("titles.tsv")) {
            boolean oneWord = !row[0].contains(" ") && !row[0].contains("-") && !row[0].contains(".");
            if (oneWord && row[2].equals("office") && row[0].length() >= MIN_LENGTH) {
                offices.add(new Title(row[1].strip(), true, false, null));
            }
        }
    }

    static MisspeltOffices standard() {
        return STANDARD;
    }

    /** The office the word misspells, or null for a word that is none or is written right. */
    @Nullable Title near(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Title near = null;
        for (Title office : offices) {
            String right = office.display().toLowerCase(Locale.ROOT);
            if (right.equals(lower)) {
                return null;
            }
            if (near == null && oneEditApart(lower, right)) {
                near = office;
            }
        }
        return near;
    }

    /** Whether the words differ by one letter left out, added or changed, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int leftA = endA - start;
        int leftB = endB - start;
        boolean swapped = leftA == 2 && leftB == 2 && a.charAt(start) == b.charAt(start + 1)
                && a.charAt(start + 1) == b.charAt(start);
        return leftA <= 1 && leftB <= 1 || swapped;
    }
}
