/// Month, quarter and day labels in UTC, from the language's month-name tables and patterns.
extension ReportLanguage {
    /// Abbreviated month names, January first: `Jan` / `janv.`.
    public var shortMonthNames: [String] { conventions.shortMonthNames }

    /// Full month names, January first: `January` / `janvier`.
    public var monthNames: [String] { conventions.monthNames }

    /// Month and year: `Jan 2018` / `janv. 2018`.
    public func monthYear(_ date: CivilDate) -> String {
        Self.fill(conventions.monthYearPattern, ["month": shortMonthNames[date.month - 1], "year": String(date.year)])
    }

    /// Quarter and year: `Q1 2018` / `T1 2018` (trimestre).
    public func quarterYear(_ date: CivilDate) -> String {
        Self.fill(conventions.quarterPattern, ["quarter": String(date.quarter), "year": String(date.year)])
    }

    /// A day: `Oct 17, 2018` / `17 oct. 2018`.
    public func day(_ date: CivilDate) -> String {
        let day = date.day == 1 ? conventions.firstDayOfMonth ?? "1" : String(date.day)
        return Self.fill(conventions.dayPattern, ["month": shortMonthNames[date.month - 1], "day": day, "year": String(date.year)])
    }

    /// An ISO 8601 date, the same in every language: `2018-10-17`.
    public func isoDate(_ date: CivilDate) -> String { Self.isoDate(date) }

    /// An ISO 8601 date, the same in every language: `2018-10-17`.
    public static func isoDate(_ date: CivilDate) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }
}
