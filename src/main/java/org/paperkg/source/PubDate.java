package org.paperkg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** A publication date at the precision the source gives: day, month or year. */
public record PubDate(String lexical, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** True when the text has the shape of a date, valid or not. */
    public static boolean looksLikeDate(String text) {
        String t = text.strip();
        return DAY.matcher(t).matches() || MONTH.matcher(t).matches() || YEAR.matcher(t).matches();
    }

    /** A valid date in one of the forms YYYY-MM-DD, YYYY-MM, YYYY; empty when invalid. */
    public static Optional<PubDate> parse(String text) {
        String t = text.strip();
        try {
            if (DAY.matcher(t).matches()) {
                LocalDate.parse(t);
                return Optional.of(new PubDate(t, Precision.DAY));
            }
            if (MONTH.matcher(t).matches()) {
                YearMonth.parse(t);
                return Optional.of(new PubDate(t, Precision.MONTH));
            }
            if (YEAR.matcher(t).matches())
                return Optional.of(new PubDate(t, Precision.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
