package org.paperkg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.problem.ProblemCode;

/**
 * The publication date of a PubMed record, at the precision it is given. In order:
 * Article/Journal/JournalIssue/PubDate Year [Month [Day]] (month as a number or an English name or
 * abbreviation; a Season gives the year only); else ArticleDate (the electronic publication date);
 * else the year at the start of a free-text MedlineDate ("1998 Dec-1999 Jan" gives 1998). A part
 * that cannot be read is reported as BAD_DATE and the date kept at the precision that could be.
 */
final class PubMedDates {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*(\\d{4})\\b");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private PubMedDates() {}

    static PubDate issued(XmlElement article, RecordProblems problems) {
        XmlElement pubDate = article.path("Journal", "JournalIssue", "PubDate");
        PubDate date = fromParts(pubDate, problems);
        if (date != null) return date;
        for (XmlElement articleDate : article.children("ArticleDate")) {
            date = fromParts(articleDate, problems);
            if (date != null) return date;
        }
        String medlineDate = pubDate == null ? null : pubDate.childText("MedlineDate");
        if (medlineDate != null) {
            Matcher m = LEADING_YEAR.matcher(medlineDate);
            if (m.find() && Integer.parseInt(m.group(1)) >= 1000) return new PubDate(m.group(1), PubDate.Precision.YEAR);
            problems.warn(pubDate.child("MedlineDate").line(), ProblemCode.BAD_DATE, "no year at the start of MedlineDate '" + medlineDate + "'");
        }
        return null;
    }

    /** Year, Month, Day children of a date element; null when it has no usable year. */
    static PubDate fromParts(XmlElement date, RecordProblems problems) {
        return fromParts(date, "Year", "Month", "Day", problems);
    }

    /** The year, month and day children of those names (JATS writes them in lower case); null when there is no usable year. */
    static PubDate fromParts(XmlElement date, String yearName, String monthName, String dayName, RecordProblems problems) {
        if (date == null) return null;
        String year = date.childText(yearName);
        if (year == null) return null;
        if (!YEAR.matcher(year).matches() || Integer.parseInt(year) < 1000) {
            problems.warn(date.child(yearName).line(), ProblemCode.BAD_DATE, "not a year: '" + year + "' in <" + date.name() + ">");
            return null;
        }
        String monthText = date.childText(monthName);
        if (monthText == null) return new PubDate(year, PubDate.Precision.YEAR);
        int month = month(monthText);
        if (month < 1) {
            problems.warn(date.child(monthName).line(), ProblemCode.BAD_DATE, "not a month: '" + monthText + "' in <" + date.name() + ">; year kept");
            return new PubDate(year, PubDate.Precision.YEAR);
        }
        String yearMonth = year + "-" + (month < 10 ? "0" : "") + month;
        String dayText = date.childText(dayName);
        if (dayText == null) return new PubDate(yearMonth, PubDate.Precision.MONTH);
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(dayText));
            return new PubDate(day.toString(), PubDate.Precision.DAY);
        } catch (NumberFormatException | DateTimeException e) {
            problems.warn(date.child(dayName).line(), ProblemCode.BAD_DATE, "not a day of " + yearMonth + ": '" + dayText + "' in <" + date.name() + ">; month kept");
            return new PubDate(yearMonth, PubDate.Precision.MONTH);
        }
    }

    /** 1–12 for "3", "03", "Mar", "March" (any case); -1 otherwise. */
    static int month(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,2}")) {
            int m = Integer.parseInt(t);
            return m >= 1 && m <= 12 ? m : -1;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (t.equals(MONTHS[i]) || (t.length() > 3 && t.startsWith(MONTHS[i]) && fullName(i).startsWith(t.replace(".", ""))))
                return i + 1;
        }
        return -1;
    }

    private static String fullName(int i) {
        return java.time.Month.of(i + 1).name().toLowerCase(Locale.ROOT);
    }
}
