package org.madoguchi.platform.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.madoguchi.platform.failure.InvalidInput;



/**
 * 年度: the city's fiscal year, 1 April to 31 March, named by the Gregorian year it starts in
 * ({@code FY2022}) and by the Japanese era ({@code 令和4年度}).
 * <p>
 * A fiscal year carries the era of the calendar year it starts in, as municipalities write it:
 * FY2019, which started in Heisei, is 令和元年度. Reading, the year is also accepted in the era
 * that ended in the calendar year it starts in, as it was officially written while that era lasted:
 * 平成31年度 is FY2019 too (but 平成32年度 is not a fiscal year).
 *
 * @param startYear the Gregorian year in which it starts
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** The eras a fiscal year can be written in, newest first. */
    private static final List<Era> ERAS = List.of(
            new Era("令和", "Reiwa", "R", 2019),
            new Era("平成", "Heisei", "H", 1989),
            new Era("昭和", "Showa", "S", 1926));

    private static final Pattern GREGORIAN = Pattern.compile("^(?:FY)?(\\d{4})(?:年度)?$");
    private static final Pattern ERA_NAME = Pattern.compile("^(令和|平成|昭和)(元|\\d{1,2})年度?$");
    private static final Pattern ERA_LETTER = Pattern.compile("^([RHS])(\\d{1,2})$");

    /** The first fiscal year the registry knows: 昭和元年 (1926). */
    public static final int FIRST = 1926;
    /** The last fiscal year whose era label (令和99年度) reads back as the same year. */
    public static final int LAST = 2117;

    public FiscalYear {
        if (startYear < FIRST || startYear > LAST) {
            throw InvalidInput.of("", "fiscal-year-range", FIRST, LAST);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a day falls in: January to March belong to the year that started the April before. */
    public static FiscalYear containing(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /**
     * Reads a fiscal year as people write it: {@code 2022}, {@code FY2022}, {@code 2022年度},
     * {@code 令和4年度}, {@code 令和元年度}, {@code R4} (full-width digits too).
     */
    public static FiscalYear parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("", "not-blank");
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        Matcher gregorian = GREGORIAN.matcher(value);
        if (gregorian.matches()) {
            return new FiscalYear(Integer.parseInt(gregorian.group(1)));
        }
        Matcher eraName = ERA_NAME.matcher(value);
        if (eraName.matches()) {
            return fromEra(eraName.group(1), eraName.group(2).equals("元") ? 1 : Integer.parseInt(eraName.group(2)), text);
        }
        Matcher eraLetter = ERA_LETTER.matcher(value);
        if (eraLetter.matches()) {
            return fromEra(eraLetter.group(1), Integer.parseInt(eraLetter.group(2)), text);
        }
        throw InvalidInput.of("", "fiscal-year-format", text);
    }

    private static FiscalYear fromEra(String era, int year, String text) {
        for (int i = 0; i < ERAS.size(); i++) {
            Era candidate = ERAS.get(i);
            if (candidate.name().equals(era) || candidate.letter().equals(era)) {
                int start = candidate.firstYear() + year - 1;
                // the era's last calendar year is also the next era's first one
                boolean withinEra = i == 0 || start <= ERAS.get(i - 1).firstYear();
                if (year < 1 || !withinEra) {
                    throw InvalidInput.of("", "fiscal-year-format", text);
                }
                return new FiscalYear(start);
            }
        }
        throw InvalidInput.of("", "fiscal-year-format", text);
    }

    /** 1 April of the start year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** 31 March of the next year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** The era label, e.g. {@code 令和4年度}, {@code 令和元年度}. */
    public String eraLabel() {
        Era era = era();
        int year = startYear - era.firstYear() + 1;
        return era.name() + (year == 1 ? "元" : Integer.toString(year)) + "年度";
    }

    /** The era label in English, e.g. {@code Reiwa 4}. */
    public String eraLabelEn() {
        Era era = era();
        return era.nameEn() + " " + (startYear - era.firstYear() + 1);
    }

    /** The era letter and year, as printed in numbers such as receipt numbers: {@code R4}, {@code R1}, {@code H30}. */
    public String eraCode() {
        Era era = era();
        return era.letter() + (startYear - era.firstYear() + 1);
    }

    /** The Gregorian label, e.g. {@code FY2022}. */
    public String gregorianLabel() {
        return "FY" + startYear;
    }

    private Era era() {
        for (Era era : ERAS) {
            if (startYear >= era.firstYear()) {
                return era;
            }
        }
        throw new IllegalStateException("no era for " + startYear);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return gregorianLabel();
    }

    private record Era(String name, String nameEn, String letter, int firstYear) {
    }
}
