import Foundation

/// The run's own clock, pinned by the reproducible-builds convention `SOURCE_DATE_EPOCH`
/// (seconds since 1970): then the generation date comes from it and durations are left out.
struct RunClock {
    /// The date shown as the generation date.
    let now: Date
    /// Whether `SOURCE_DATE_EPOCH` pinned it.
    let pinned: Bool

    /// Reads `SOURCE_DATE_EPOCH` from the environment.
    /// - Throws: `RunClockError` when the variable is set but is not a whole number.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RunClock {
        guard let text = environment["SOURCE_DATE_EPOCH"] else {
            return RunClock(now: Date(), pinned: false)
        }
        guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            throw RunClockError(value: text)
        }
        return RunClock(now: Date(timeIntervalSince1970: TimeInterval(seconds)), pinned: true)
    }
}

/// `SOURCE_DATE_EPOCH` was set to something other than a number of seconds.
struct RunClockError: Error, CustomStringConvertible {
    let value: String
    var description: String {
        "SOURCE_DATE_EPOCH=\(value): expected a whole number of seconds since 1970-01-01"
    }
}
