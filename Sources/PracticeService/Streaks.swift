/// Day arithmetic on "YYYY-MM-DD" strings, free of time zones: the days come already in the
/// user's local time from storage.
public enum Streaks {
    /// Consecutive-day streaks in `days` (ascending or not, duplicates allowed): the longest run, and
    /// the current one, which counts while its last day is `today` or the day before.
    public static func compute(days: [String], today: String) -> (current: Int, longest: Int) {
        let numbers = Set(days.compactMap(dayNumber)).sorted()
        guard !numbers.isEmpty, let todayNumber = dayNumber(today) else { return (0, 0) }
        var longest = 1, run = 1
        for (previous, day) in zip(numbers, numbers.dropFirst()) {
            run = day == previous + 1 ? run + 1 : 1
            longest = max(longest, run)
        }
        // `run` is now the length of the run ending on the last active day.
        let last = numbers[numbers.count - 1]
        let current = (last == todayNumber || last == todayNumber - 1) ? run : 0
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
}
