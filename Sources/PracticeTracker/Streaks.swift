import Foundation

/// Day arithmetic on local days, as "YYYY-MM-DD" strings or as day numbers (days since
/// 1970-01-01), and consecutive-day streaks.
public enum Streaks {
    /// Consecutive-day streaks in `days` (ascending or not, duplicates allowed): the longest run, and
    /// the current one, which counts while its last day is `today` or the day before.
    public static func compute(days: [String], today: String) -> (current: Int, longest: Int) {
        guard let todayNumber = dayNumber(today) else { return (0, 0) }
        return compute(dayNumbers: Set(days.compactMap(dayNumber)), today: todayNumber)
    }

    /// `compute(days:today:)` on day numbers.
    public static func compute(dayNumbers: Set<Int>, today: Int) -> (current: Int, longest: Int) {
        let numbers = dayNumbers.sorted()
        guard let last = numbers.last else { return (0, 0) }
        var longest = 1, run = 1
        for (previous, day) in zip(numbers, numbers.dropFirst()) {
            run = day == previous + 1 ? run + 1 : 1
            longest = max(longest, run)
        }
        // `run` is now the length of the run ending on the last active day.
        let current = (last == today || last == today - 1) ? run : 0
        return (current, longest)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date "YYYY-MM-DD" (Howard Hinnant's
    /// days_from_civil), or nil when it is not such a date.
    public static func dayNumber(_ day: String) -> Int? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let y0 = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date "YYYY-MM-DD" of a day number (Howard Hinnant's civil_from_days).
    public static func day(_ number: Int) -> String {
        let (year, month, day) = civil(number)
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
            + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
    }

    /// Year, month (1...12) and day of the month (1...31) of a day number.
    public static func civil(_ number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The local day number of `date` in `timeZone` (daylight saving included).
    public static func localDay(of date: Date, in timeZone: TimeZone) -> Int {
        var days = LocalDays(timeZone: timeZone)
        return days.day(of: date)
    }

    /// The Monday starting the ISO week of a day number (1970-01-01 was a Thursday).
    public static func weekStart(_ number: Int) -> Int {
        number - ((number % 7 + 7 + 3) % 7)
    }
}

/// Local day numbers in one time zone, asking the zone for its offset only when a date falls
/// outside the span between two of its transitions (the zone lookup is the costly part).
public struct LocalDays {
    /// The zone the days are local to.
    public let timeZone: TimeZone
    private var offset = 0
    private var validFrom = Date.distantFuture
    private var validUntil = Date.distantPast

    /// Creates a converter for `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The local day number of `date`.
    public mutating func day(of date: Date) -> Int {
        if date < validFrom || date >= validUntil {
            offset = timeZone.secondsFromGMT(for: date)
            validFrom = date
            validUntil = timeZone.nextDaylightSavingTimeTransition(after: date) ?? .distantFuture
        }
        return Int(((date.timeIntervalSince1970 + Double(offset)) / 86_400).rounded(.down))
    }
}
