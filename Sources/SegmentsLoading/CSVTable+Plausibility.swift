/// Values that parse but are not believable (see ``PlausibilityRules``): a required one
/// rejects the row, an optional date is kept as missing; both are logged as
/// ``DataIssue/Kind/implausibleValue`` with the field's position.
extension CSVTable {
    /// Whether a date records an event (up to the run's day) or a promise (up to a year later).
    enum DateMeaning {
        case event, promise
    }

    /// A required event date within ``PlausibilityRules/events``.
    mutating func requiredPlausibleTimestamp(_ column: Column) -> Timestamp? {
        guard let value = requiredTimestamp(column) else { return nil }
        if rules.events.contains(value) { return value }
        rejectImplausible(column, expected: dateExpectation(.event))
        return nil
    }

    /// An optional date within its plausible range; outside it, kept as missing.
    mutating func optionalPlausibleTimestamp(_ column: Column, _ meaning: DateMeaning) -> Timestamp? {
        guard let value = optionalTimestamp(column) else { return nil }
        let range = meaning == .event ? rules.events : rules.promises
        if range.contains(value) { return value }
        countInvalid(column)
        let found = quotedText(column)
        note(
            .implausibleValue, column: column,
            message: "implausible value in column \"\(column.name)\": expected \(dateExpectation(meaning)), "
                + "found \(found); kept as missing")
        return nil
    }

    /// A required number that is zero or more.
    mutating func requiredNonNegativeDouble(_ column: Column) -> Double? {
        guard let value = requiredDouble(column) else { return nil }
        if value >= 0 { return value }
        rejectImplausible(column, expected: "a number of 0 or more")
        return nil
    }

    /// An optional number that is zero or more when present: NaN when missing or invalid,
    /// `nil` (row rejected) when negative.
    mutating func optionalNonNegativeDouble(_ column: Column) -> Double? {
        let value = optionalDouble(column)
        if !(value < 0) { return value }
        rejectImplausible(column, expected: "a number of 0 or more")
        return nil
    }

    /// A required whole number that must lie in `range` to be believable.
    mutating func requiredPlausibleInt32(_ column: Column, in range: ClosedRange<Int32>) -> Int32? {
        guard let value = requiredInt32(column) else { return nil }
        if range.contains(value) { return value }
        let expected = range.upperBound == .max
            ? "a whole number of \(range.lowerBound) or more" : "a whole number from \(range.lowerBound) to \(range.upperBound)"
        rejectImplausible(column, expected: expected)
        return nil
    }

    private func dateExpectation(_ meaning: DateMeaning) -> String {
        let range = meaning == .event ? rules.events : rules.promises
        let end = range.upperBound.description.prefix(10)
        return "a date from \(range.lowerBound.description.prefix(10)) to \(end)"
            + (meaning == .event ? " (the run's date)" : " (a year after the run's date)")
    }

    private mutating func rejectImplausible(_ column: Column, expected: String) {
        countInvalid(column)
        let found = quotedText(column)
        reject(
            .implausibleValue, column: column.name, at: reader.position(of: reader.fields[column.index]),
            message: "implausible value in column \"\(column.name)\": expected \(expected), found \(found); row rejected")
    }
}
