package org.saferplan.plan;

import org.saferplan.web.InvalidInputException;

/**
 * A UK public-sector financial year, April to March, written as CSPs write it: {@code 2021-22}. The second part is
 * the last two digits of the year after the first.
 */
record FinancialYear(int startYear) {

    FinancialYear {
        if (startYear < 2000 || startYear > 2099) {
            throw new IllegalArgumentException("A financial year must start between 2000 and 2099");
        }
    }

    /** Parses {@code YYYY-YY}; the message says what is wrong, for the form field {@code financialYear}. */
    static FinancialYear parse(String text) {
        var clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("financialYear", "Enter the financial year, like 2021-22");
        }
        if (!clean.matches("^[0-9]{4}-[0-9]{2}$")) {
            throw new InvalidInputException("financialYear", "Enter the financial year in the form 2021-22");
        }
        int start = Integer.parseInt(clean.substring(0, 4));
        int end = Integer.parseInt(clean.substring(5));
        if ((start + 1) % 100 != end) {
            throw new InvalidInputException(
                    "financialYear", "The financial year must be two consecutive years, like 2021-22");
        }
        if (start < 2000 || start > 2099) {
            throw new InvalidInputException("financialYear", "Enter a financial year between 2000-01 and 2099-00");
        }
        return new FinancialYear(start);
    }

    /** Whether the year lies within a plan running from {@code firstYear} to {@code lastYear}. */
    boolean within(int firstYear, int lastYear) {
        return startYear >= firstYear && startYear + 1 <= lastYear;
    }

    FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
