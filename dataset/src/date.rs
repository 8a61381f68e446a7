//! Dates known to a day, a month or only a year.
//!
//! The article is vague in places ("until March", "a recent article"), and the timeline must
//! never pretend to know more than its source: a date carries its own precision, and every
//! rendering of it (machine-readable or in words) stops at that precision.

use std::fmt;

use crate::language::Language;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to [`Precision`]. Unknown parts are zero, which also makes the
/// derived ordering put "2018" before "2018-03" before "2018-03-01".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Shape,
    MonthOutOfRange(u32),
    DayOutOfRange {
        day: u32,
        days_in_month: u8,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => f.write_str("expected YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::MonthOutOfRange(m) => write!(f, "month {m} is not between 1 and 12"),
            DateError::DayOutOfRange { day, days_in_month } => {
                write!(f, "day {day} is not between 1 and {days_in_month}")
            }
        }
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// Builds a date without checking it; meant for generated code whose input the build
    /// script has already validated with [`PartialDate::parse`].
    pub const fn from_parts_unchecked(year: u16, month: u8, day: u8) -> Self {
        PartialDate { year, month, day }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the form is the precision).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let mut parts = text.split('-');
        let year = parts.next().ok_or(DateError::Shape)?;
        let month = parts.next();
        let day = parts.next();
        if parts.next().is_some() {
            return Err(DateError::Shape);
        }
        let year = digits(year, 4).ok_or(DateError::Shape)? as u16;
        let month = match month {
            None => 0,
            Some(m) => {
                let m = digits(m, 2).ok_or(DateError::Shape)?;
                if !(1..=12).contains(&m) {
                    return Err(DateError::MonthOutOfRange(m));
                }
                m as u8
            }
        };
        let day = match day {
            None => 0,
            Some(d) => {
                let d = digits(d, 2).ok_or(DateError::Shape)?;
                let days_in_month = days_in_month(year, month);
                if d == 0 || d > u32::from(days_in_month) {
                    return Err(DateError::DayOutOfRange { day: d, days_in_month });
                }
                d as u8
            }
        };
        Ok(PartialDate { year, month, day })
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12, when known.
    pub const fn month(self) -> Option<u8> {
        if self.month == 0 {
            None
        } else {
            Some(self.month)
        }
    }

    /// The day of the month, when known.
    pub const fn day(self) -> Option<u8> {
        if self.day == 0 {
            None
        } else {
            Some(self.day)
        }
    }

    /// The first day this date could mean, as (year, month, day).
    pub const fn first_day(self) -> (u16, u8, u8) {
        let month = if self.month == 0 { 1 } else { self.month };
        let day = if self.day == 0 { 1 } else { self.day };
        (self.year, month, day)
    }

    /// The last day this date could mean, as (year, month, day).
    pub const fn last_day(self) -> (u16, u8, u8) {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 { days_in_month(self.year, month) } else { self.day };
        (self.year, month, day)
    }

    pub const fn precision(self) -> Precision {
        if self.day != 0 {
            Precision::Day
        } else if self.month != 0 {
            Precision::Month
        } else {
            Precision::Year
        }
    }

    /// The value for `<time datetime>`: `1953-07-27`, `2018-10` or `2018`.
    pub fn iso(self) -> String {
        match self.precision() {
            Precision::Year => format!("{:04}", self.year),
            Precision::Month => format!("{:04}-{:02}", self.year, self.month),
            Precision::Day => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }

    /// The date as a reader says it: "27 July 1953", "October 2018", "2018"; in Korean
    /// "1953년 7월 27일", "2018년 10월", "2018년".
    pub fn in_words(self, language: Language) -> String {
        match language {
            Language::English => match (self.month(), self.day()) {
                (Some(m), Some(d)) => format!("{d} {} {}", month_name(m), self.year),
                (Some(m), None) => format!("{} {}", month_name(m), self.year),
                _ => self.year.to_string(),
            },
            Language::Korean => match (self.month(), self.day()) {
                (Some(m), Some(d)) => format!("{}년 {m}월 {d}일", self.year),
                (Some(m), None) => format!("{}년 {m}월", self.year),
                _ => format!("{}년", self.year),
            },
        }
    }
}

fn month_name(month: u8) -> &'static str {
    MONTH_NAMES[usize::from(month - 1)]
}

/// Exactly `width` ASCII digits, as a number.
fn digits(text: &str, width: usize) -> Option<u32> {
    if text.len() == width && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// A span in words, sharing what the two ends share: "9–11 July 2024",
/// "30 June – 2 July 2024", "March – May 2018", "2019–2022"; in Korean, with the tilde Korean
/// writing uses for ranges, "2024년 7월 9~11일", "2024년 6월 30일~7월 2일", "2018년 3~5월",
/// "2019~2022년".
pub fn span_in_words(start: PartialDate, end: PartialDate, language: Language) -> String {
    let same_precision = start.precision() == end.precision();
    let same_year = start.year == end.year;
    match language {
        Language::English => match (start.precision(), same_precision) {
            (Precision::Day, true) if same_year && start.month == end.month => {
                format!("{}–{} {} {}", start.day, end.day, month_name(end.month), end.year)
            }
            (Precision::Day, true) if same_year => {
                format!(
                    "{} {} – {} {} {}",
                    start.day,
                    month_name(start.month),
                    end.day,
                    month_name(end.month),
                    end.year
                )
            }
            (Precision::Month, true) if same_year => {
                format!("{} – {} {}", month_name(start.month), month_name(end.month), end.year)
            }
            (Precision::Year, true) => format!("{}–{}", start.year, end.year),
            _ => format!("{} – {}", start.in_words(language), end.in_words(language)),
        },
        Language::Korean => match (start.precision(), same_precision) {
            (Precision::Day, true) if same_year && start.month == end.month => {
                format!("{}년 {}월 {}~{}일", start.year, start.month, start.day, end.day)
            }
            (Precision::Day, true) if same_year => {
                format!("{}년 {}월 {}일~{}월 {}일", start.year, start.month, start.day, end.month, end.day)
            }
            (Precision::Month, true) if same_year => format!("{}년 {}~{}월", start.year, start.month, end.month),
            (Precision::Year, true) => format!("{}~{}년", start.year, end.year),
            _ => format!("{}~{}", start.in_words(language), end.in_words(language)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(date("1953-07-27").precision(), Precision::Day);
        assert_eq!(date("2018-10").precision(), Precision::Month);
        assert_eq!(date("2018").precision(), Precision::Year);
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        assert_eq!(PartialDate::parse("2018-13"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(PartialDate::parse("2023-02-29"), Err(DateError::DayOutOfRange { day: 29, days_in_month: 28 }));
        assert!(PartialDate::parse("2024-02-29").is_ok());
        for bad in ["", "18", "2018-1", "2018-01-1", "2018/01/01", "2018-01-01-01", "２０１８", "+2018", "2018-"] {
            assert_eq!(PartialDate::parse(bad), Err(DateError::Shape), "{bad:?}");
        }
    }

    #[test]
    fn iso_round_trips_at_every_precision() {
        for text in ["1953-07-27", "2018-10", "2018", "2024-02-29"] {
            assert_eq!(date(text).iso(), text);
        }
    }

    #[test]
    fn words_stop_at_the_known_precision() {
        assert_eq!(date("1953-07-27").in_words(Language::English), "27 July 1953");
        assert_eq!(date("2018-10").in_words(Language::English), "October 2018");
        assert_eq!(date("2018").in_words(Language::English), "2018");
        assert_eq!(date("1953-07-27").in_words(Language::Korean), "1953년 7월 27일");
        assert_eq!(date("2018-10").in_words(Language::Korean), "2018년 10월");
        assert_eq!(date("2018").in_words(Language::Korean), "2018년");
    }

    #[test]
    fn spans_share_what_their_ends_share() {
        let english = |a, b| span_in_words(date(a), date(b), Language::English);
        assert_eq!(english("2024-07-09", "2024-07-11"), "9–11 July 2024");
        assert_eq!(english("2024-06-30", "2024-07-02"), "30 June – 2 July 2024");
        assert_eq!(english("2018-03", "2018-05"), "March – May 2018");
        assert_eq!(english("2019", "2022"), "2019–2022");
        assert_eq!(english("2023-12-31", "2024-01-02"), "31 December 2023 – 2 January 2024");
        assert_eq!(english("1950-06-25", "1953-07"), "25 June 1950 – July 1953");
    }

    #[test]
    fn korean_spans_use_the_tilde_and_share_what_their_ends_share() {
        let korean = |a, b| span_in_words(date(a), date(b), Language::Korean);
        assert_eq!(korean("2024-07-09", "2024-07-11"), "2024년 7월 9~11일");
        assert_eq!(korean("2024-06-30", "2024-07-02"), "2024년 6월 30일~7월 2일");
        assert_eq!(korean("2018-03", "2018-05"), "2018년 3~5월");
        assert_eq!(korean("2019", "2022"), "2019~2022년");
        assert_eq!(korean("2023-12-31", "2024-01-02"), "2023년 12월 31일~2024년 1월 2일");
        assert_eq!(korean("1950-06-25", "1953-07-27"), "1950년 6월 25일~1953년 7월 27일");
    }

    #[test]
    fn a_vague_date_covers_its_whole_period() {
        assert_eq!(date("2018").first_day(), (2018, 1, 1));
        assert_eq!(date("2018").last_day(), (2018, 12, 31));
        assert_eq!(date("2024-02").last_day(), (2024, 2, 29));
        assert_eq!(date("1953-07-27").first_day(), date("1953-07-27").last_day());
    }

    #[test]
    fn months_have_their_calendar_lengths_and_february_follows_the_leap_years() {
        let lengths: Vec<u8> = (1..=12).map(|month| days_in_month(2023, month)).collect();
        assert_eq!(lengths, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
        for (year, leap) in [(2023, false), (2024, true), (1900, false), (2000, true), (1953, false)] {
            assert_eq!(is_leap_year(year), leap, "{year}");
            assert_eq!(days_in_month(year, 2), if leap { 29 } else { 28 }, "{year}");
        }
        assert_eq!(PartialDate::parse("2018-04-31"), Err(DateError::DayOutOfRange { day: 31, days_in_month: 30 }));
        assert_eq!(PartialDate::parse("2018-01-00"), Err(DateError::DayOutOfRange { day: 0, days_in_month: 31 }));
        assert_eq!(PartialDate::parse("2018-00"), Err(DateError::MonthOutOfRange(0)));
        assert_eq!(date("2018-04").last_day(), (2018, 4, 30));
        assert_eq!(date("1900-02").last_day(), (1900, 2, 28));
    }

    #[test]
    fn a_refusal_says_what_was_wrong() {
        assert_eq!(DateError::Shape.to_string(), "expected YYYY, YYYY-MM or YYYY-MM-DD");
        assert_eq!(DateError::MonthOutOfRange(13).to_string(), "month 13 is not between 1 and 12");
        assert_eq!(
            DateError::DayOutOfRange { day: 31, days_in_month: 30 }.to_string(),
            "day 31 is not between 1 and 30"
        );
    }

    #[test]
    fn spans_across_years_or_precisions_name_both_ends_in_full() {
        let english = |a, b| span_in_words(date(a), date(b), Language::English);
        let korean = |a, b| span_in_words(date(a), date(b), Language::Korean);
        assert_eq!(english("2018-11", "2019-02"), "November 2018 – February 2019");
        assert_eq!(korean("2018-11", "2019-02"), "2018년 11월~2019년 2월");
        assert_eq!(english("2018", "2019-03"), "2018 – March 2019");
        assert_eq!(korean("2018", "2019-03"), "2018년~2019년 3월");
        assert_eq!(english("2018-03", "2018-05-02"), "March 2018 – 2 May 2018");
        assert_eq!(korean("2018-03", "2018-05-02"), "2018년 3월~2018년 5월 2일");
    }

    #[test]
    fn parts_are_known_or_not() {
        let day = date("1953-07-27");
        assert_eq!((day.year(), day.month(), day.day()), (1953, Some(7), Some(27)));
        let month = date("2018-10");
        assert_eq!((month.year(), month.month(), month.day()), (2018, Some(10), None));
        let year = date("2018");
        assert_eq!(
            (year.month(), year.day(), year.first_day(), year.precision()),
            (None, None, (2018, 1, 1), Precision::Year)
        );
        assert_eq!(date("2018-10").first_day(), (2018, 10, 1));
        assert_eq!(date("2018-10").last_day(), (2018, 10, 31));
        assert_eq!(PartialDate::from_parts_unchecked(2018, 10, 0), month);
    }

    #[test]
    fn less_precise_dates_sort_first_within_their_period() {
        assert!(date("2018") < date("2018-03"));
        assert!(date("2018-03") < date("2018-03-01"));
        assert!(date("2018-12-31") < date("2019"));
    }
}
