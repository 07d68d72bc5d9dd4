package dev.briefing.processor.commitment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefing.processor.reference.ReferenceData;
import dev.briefing.processor.text.Pos;
import dev.briefing.processor.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads the time expression of a commitment's clause ("by fiscal 2027", "from 1 January 2024",
 * "within five years", "later this week", "on Friday", "on Wednesday, November 29", "at 13:30 GMT",
 * "until Russia ends its war", "within the two years allowed by the treaty") and, where it
 * can, the date it stands for: an absolute one as written, a relative one ("next year", "on
 * Friday") from the article's date. Words of time are in {@code time-expressions.tsv}; month and
 * weekday names are java.time's. Thread-safe: immutable.
 */
final class TimeframeReader {

    /** A time expression: its words as written and the date, month or year it stands for, or null. */
    record Timeframe(String text, @Nullable String date) {
    }

    private static final int YEAR_MIN = 1900;

    /** A time of day as digits: "13:30", "4.30", "05:01". */
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])[:.][0-5]\\d");

    private static final int YEAR_MAX = 2199;

    /** Words an "until" clause may run over: "until Russia ends its war". */
    private static final int UNTIL_REACH = 8;

    /** Words a participle bounding a time may run over: "allowed by Article 50 of the Treaty on European Union". */
    private static final int MODIFIER_REACH = 12;

    /** Words a phrase between two coordinated times may run over: "and 214 million US dollars for 2018". */
    private static final int COORDINATION_REACH = 6;

    /** The open end a time is coordinated with: "2030 and beyond". */
    private static final String BEYOND = "beyond";

    private final Set<String> units = new HashSet<>();

    private final Set<String> relatives = new HashSet<>();

    private final List<String[]> prepositions;

    private final List<String[]> fixed;

    private final Set<String> clockPrepositions = new HashSet<>();

    private final Set<String> meridiems = new HashSet<>();

    private final List<String[]> zones;

    private final Map<String, Month> months = new HashMap<>();

    private final Map<String, DayOfWeek> weekdays = new HashMap<>();

    private final Map<String, Integer> numbers = new HashMap<>();

    TimeframeReader() {
        List<String[]> rows = ReferenceData.rows("time-expressions.tsv");
        prepositions = rows.stream().filter(row -> row[0].equals("preposition")).map(row -> row[1].split(" ")).toList();
        fixed = rows.stream().filter(row -> row[0].equals("fixed")).map(row -> row[1].split(" ")).toList();
        zones = rows.stream().filter(row -> row[0].equals("zone")).map(row -> row[1].split(" ")).toList();
        rows.stream().filter(row -> row[0].equals("clock-preposition")).forEach(row -> clockPrepositions.add(row[1]));
        rows.stream().filter(row -> row[0].equals("meridiem")).forEach(row -> meridiems.add(row[1]));
        rows.stream().filter(row -> row[0].equals("unit")).forEach(row -> units.add(row[1]));
        rows.stream().filter(row -> row[0].equals("relative")).forEach(row -> relatives.add(row[1]));
        rows.stream().filter(row -> row[0].equals("number"))
                .forEach(row -> numbers.put(row[1], Integer.parseInt(row[2].strip())));
        for (Month month : Month.values()) {
            months.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            months.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            months.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT) + ".", month);
        }
        months.put("sept", Month.SEPTEMBER);
        months.put("sept.", Month.SEPTEMBER);
        months.remove("may.");
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
        }
    }

    /** The first time expression in tokens {@code [from, to)}, one with a preposition first; or null. */
    @Nullable Timeframe read(List<Token> tokens, int from, int to, String text, @Nullable LocalDate published) {
        Timeframe bare = null;
        for (int i = from; i < to; i++) {
            Expression phrase = fixedPhrase(tokens, i, to);
            if (phrase != null) {
                return new Timeframe(text.substring(tokens.get(i).start(), tokens.get(phrase.end() - 1).end()), null);
            }
            Expression clock = clockPrepositions.contains(tokens.get(i).lower()) ? clockTime(tokens, i + 1, to, published)
                    : null;
            if (clock != null) {
                return new Timeframe(text.substring(tokens.get(i).start(), tokens.get(clock.end() - 1).end()), clock.date());
            }
            int afterPreposition = preposition(tokens, i, to);
            int start = afterPreposition > i ? afterPreposition : i;
            Expression expression = expression(tokens, start, to, published, afterPreposition > i);
            if (expression != null && yearModifier(tokens, start, expression.end(), to)) {
                continue;
            }
            if (expression != null) {
                int end = afterPreposition > i ? pastModifier(tokens, expression.end(), to) : expression.end();
                Timeframe found = new Timeframe(text.substring(tokens.get(i).start(), tokens.get(end - 1).end()),
                        expression.date());
                if (afterPreposition > i) {
                    return coordinated(tokens, i, afterPreposition, end, to, text, found, published);
                }
                if (bare == null) {
                    bare = found;
                }
            }
        }
        return bare;
    }

    private record Expression(int end, @Nullable String date) {
    }

    /**
     * The time expression with the times coordinated after it, written as one: "for 2017 and 214
     * million dollars for 2018" as "for 2017 and 2018", "in 2025 and 2026", "by 2030 and beyond". A
     * second time is taken directly after "and" or "or", or after a short phrase without a verb when
     * the first one's preposition opens it again.
     *
     * @param i     where the first expression's preposition starts
     * @param start where its time starts, after the preposition
     * @param end   where it ends
     */
    private Timeframe coordinated(List<Token> tokens, int i, int start, int end, int to, String text, Timeframe found,
            @Nullable LocalDate published) {
        if (end + 1 >= to || !tokens.get(end).isAny("and", "or")) {
            return found;
        }
        String conjunction = " " + tokens.get(end).lower() + " ";
        if (tokens.get(end + 1).lower().equals(BEYOND)) {
            return new Timeframe(found.text() + conjunction + BEYOND, found.date());
        }
        for (int k = end + 1; k < to && k - end <= COORDINATION_REACH; k++) {
            int second = k == end + 1 ? k : samePreposition(tokens, i, start, k, to);
            Expression next = second < 0 ? null : expression(tokens, second, to, published, true);
            if (next != null && !yearModifier(tokens, second, next.end(), to)) {
                String words = text.substring(tokens.get(second).start(), tokens.get(next.end() - 1).end());
                Timeframe both = new Timeframe(found.text() + conjunction + words, found.date());
                return coordinated(tokens, i, start, next.end(), to, text, both, published);
            }
            if (!tokens.get(k).word() || tokens.get(k).is(Pos.VERB) || tokens.get(k).is(Pos.AUX)) {
                return found;
            }
        }
        return found;
    }

    /** Where the time starts after the preposition of {@code [i, start)} repeated at {@code k}, or -1. */
    private static int samePreposition(List<Token> tokens, int i, int start, int k, int to) {
        int length = start - i;
        if (k + length >= to) {
            return -1;
        }
        for (int w = 0; w < length; w++) {
            if (!tokens.get(k + w).lower().equals(tokens.get(i + w).lower())) {
                return -1;
            }
        }
        return k + length;
    }

    /**
     * Past a participle that bounds the time by a rule or a body, to the next punctuation: "within
     * the two years allowed by Article 50 of the treaty", "by the deadline set by the council".
     */
    private static int pastModifier(List<Token> tokens, int end, int to) {
        boolean modifier = end + 2 < to && tokens.get(end).is(Pos.VERB) && tokens.get(end).lower().endsWith("ed")
                && tokens.get(end + 1).is(Pos.ADP);
        if (!modifier) {
            return end;
        }
        int k = end + 2;
        while (k < to && tokens.get(k).word() && k - end < MODIFIER_REACH) {
            k++;
        }
        return k;
    }

    /** "below 2005 levels", "the 2024 presidential election": a year that modifies a noun is no time of action. */
    private static boolean yearModifier(List<Token> tokens, int start, int end, int to) {
        boolean yearOnly = end - 1 == start || end - 2 == start && tokens.get(start).lower().equals("the");
        if (!yearOnly || end >= to || year(tokens.get(end - 1)) == null) {
            return false;
        }
        Token next = tokens.get(end);
        return next.is(Pos.NOUN) || next.is(Pos.ADJ);
    }

    private @Nullable Expression expression(List<Token> tokens, int i, int to, @Nullable LocalDate published,
            boolean introduced) {
        if (i >= to) {
            return null;
        }
        Expression found = until(tokens, i, to);
        int k = i;
        if (found == null && tokens.get(k).lower().equals("the") && k + 1 < to) {
            k++;
        }
        if (found == null) {
            found = calendarDate(tokens, k, to, published);
        }
        if (found == null) {
            found = relative(tokens, k, to, published, introduced);
        }
        if (found == null) {
            found = weekday(tokens, k, to, published, introduced);
        }
        return found;
    }

    private @Nullable Expression fixedPhrase(List<Token> tokens, int i, int to) {
        for (String[] phrase : fixed) {
            if (matches(tokens, i, to, phrase)) {
                return new Expression(i + phrase.length, null);
            }
        }
        return null;
    }

    /** "until Russia ends its war": the clause an "until" opens, to the next punctuation. */
    private static @Nullable Expression until(List<Token> tokens, int i, int to) {
        if (i == 0 || !tokens.get(i - 1).isAny("until", "till")) {
            return null;
        }
        int k = i;
        while (k < to && tokens.get(k).word() && k - i < UNTIL_REACH) {
            k++;
        }
        return k > i + 1 ? new Expression(k, null) : null;
    }

    /** "fiscal 2027", "2024", "1 January 2024", "January 1, 2024", "March 31", "March 2024". */
    private @Nullable Expression calendarDate(List<Token> tokens, int i, int to, @Nullable LocalDate published) {
        int k = i;
        boolean fiscal = tokens.get(k).isAny("fiscal", "financial") && k + 1 < to;
        if (fiscal) {
            k++;
            if (tokens.get(k).lower().equals("year") && k + 1 < to) {
                k++;
            }
        }
        Integer year = year(tokens.get(k));
        if (year != null) {
            return new Expression(k + 1, Integer.toString(year));
        }
        if (fiscal) {
            return null;
        }
        Integer day = day(tokens.get(k));
        if (day != null && k + 1 < to && months.containsKey(tokens.get(k + 1).lower())) {
            Month month = months.get(tokens.get(k + 1).lower());
            Integer dayYear = k + 2 < to ? year(tokens.get(k + 2)) : null;
            return new Expression(dayYear != null ? k + 3 : k + 2, date(dayYear, month, day, published));
        }
        Month month = months.get(tokens.get(k).lower());
        if (month == null || !tokens.get(k).capitalized()) {
            return null;
        }
        Integer monthDay = k + 1 < to ? day(tokens.get(k + 1)) : null;
        if (monthDay != null) {
            int end = k + 2;
            if (end + 1 < to && tokens.get(end).lower().equals(",") && year(tokens.get(end + 1)) != null) {
                end++;
            }
            Integer dateYear = end < to ? year(tokens.get(end)) : null;
            return new Expression(dateYear != null ? end + 1 : end, date(dateYear, month, monthDay, published));
        }
        Integer monthYear = k + 1 < to ? year(tokens.get(k + 1)) : null;
        if (monthYear != null) {
            return new Expression(k + 2, "%d-%02d".formatted(monthYear, month.getValue()));
        }
        return new Expression(k + 1, published == null ? null : "%d-%02d".formatted(published.getYear(), month.getValue()));
    }

    /** "next year", "this week", "the coming months", "later this week", "the next five years", "five years". */
    private @Nullable Expression relative(List<Token> tokens, int i, int to, @Nullable LocalDate published,
            boolean introduced) {
        int k = i;
        String relative = null;
        while (k < to && relatives.contains(tokens.get(k).lower())) {
            relative = relative == null ? tokens.get(k).lower() : relative;
            k++;
        }
        if (k < to && tokens.get(k).lower().equals("of") && relative != null && k + 1 < to) {
            Expression rest = expression(tokens, k + 1, to, published, true);
            return rest == null ? null : new Expression(rest.end(), rest.date());
        }
        Integer count = k < to ? number(tokens.get(k)) : null;
        if (count != null) {
            k++;
        }
        if (k >= to || !units.contains(singular(tokens.get(k).lower()))) {
            return null;
        }
        if (relative == null && count == null && !introduced) {
            return null;
        }
        String unit = singular(tokens.get(k).lower());
        return new Expression(k + 1, relativeDate(relative, count, unit, published));
    }

    private @Nullable Expression weekday(List<Token> tokens, int i, int to, @Nullable LocalDate published,
            boolean introduced) {
        int k = i;
        boolean next = tokens.get(k).lower().equals("next") && k + 1 < to;
        if (next) {
            k++;
        }
        DayOfWeek day = weekdays.get(tokens.get(k).lower());
        if (day == null || !introduced && !next || !tokens.get(k).capitalized()) {
            return null;
        }
        int end = k + 1;
        int dateStart = end < to && tokens.get(end).lower().equals(",") ? end + 1 : end;
        Expression calendar = dateStart < to ? calendarDate(tokens, dateStart, to, published) : null;
        if (calendar != null && calendar.end() > dateStart + 1) {
            return new Expression(calendar.end(), calendar.date());
        }
        String date = published == null ? null : published.with(TemporalAdjusters.next(day)).toString();
        return new Expression(end, date);
    }

    /**
     * "13:30 GMT", "4:30 p.m. EST", "16:30 local time", "05:01 GMT on Mar. 4": a time of day after
     * "at" or "around", with its zone, and the date after it; the date it stands for where one follows.
     */
    private @Nullable Expression clockTime(List<Token> tokens, int i, int to, @Nullable LocalDate published) {
        if (i >= to || !CLOCK.matcher(tokens.get(i).lower()).matches()) {
            return null;
        }
        int k = i + 1;
        if (k < to && meridiems.contains(tokens.get(k).lower())) {
            k++;
        }
        for (String[] zone : zones) {
            if (matches(tokens, k, to, zone)) {
                k += zone.length;
                break;
            }
        }
        if (k + 1 < to && tokens.get(k).lower().equals("on")) {
            Expression day = expression(tokens, k + 1, to, published, true);
            if (day != null) {
                return day;
            }
        }
        return new Expression(k, null);
    }

    private static @Nullable String relativeDate(@Nullable String relative, @Nullable Integer count, String unit,
            @Nullable LocalDate published) {
        if (published == null || !unit.equals("year") && !unit.equals("month")) {
            return null;
        }
        int step = count != null ? count : relative == null || relative.equals("this") || relative.equals("current") ? 0 : 1;
        if (relative != null && (relative.equals("this") || relative.equals("current")) && count == null) {
            step = 0;
        }
        if (unit.equals("year")) {
            return Integer.toString(published.getYear() + step);
        }
        LocalDate month = published.plusMonths(step);
        return "%d-%02d".formatted(month.getYear(), month.getMonthValue());
    }

    private static @Nullable String date(@Nullable Integer year, Month month, int day, @Nullable LocalDate published) {
        Integer resolved = year != null ? year : published != null ? published.getYear() : null;
        if (resolved == null || day > month.maxLength()) {
            return null;
        }
        return LocalDate.of(resolved, month, Math.min(day, month.length(java.time.Year.isLeap(resolved)))).toString();
    }

    /** After a preposition of time ("by", "as of", "no later than"), the next token; else {@code i}. */
    private int preposition(List<Token> tokens, int i, int to) {
        for (String[] phrase : prepositions) {
            if (matches(tokens, i, to, phrase)) {
                return i + phrase.length;
            }
        }
        return i;
    }

    private static boolean matches(List<Token> tokens, int i, int to, String[] words) {
        if (i + words.length > to) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!tokens.get(i + w).lower().equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Integer year(Token token) {
        String text = token.lower();
        if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
    }

    private static @Nullable Integer day(Token token) {
        String text = token.lower().replaceAll("(st|nd|rd|th)$", "");
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int day = Integer.parseInt(text);
        return day >= 1 && day <= 31 ? day : null;
    }

    private @Nullable Integer number(Token token) {
        String text = token.lower();
        if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        return numbers.get(text);
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }
}
