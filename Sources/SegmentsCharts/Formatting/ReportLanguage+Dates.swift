/// Month, quarter and day labels in UTC, from fixed month-name tables (CLDR abbreviations).
extension ReportLanguage {
    /// Abbreviated month names, January first: `Jan` / `janv.`.
    public var shortMonthNames: [String] {
        switch self {
        case .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        }
    }

    /// Full month names, January first: `January` / `janvier`.
    public var monthNames: [String] {
        switch self {
        case .en:
            ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
        case .fr:
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
        }
    }

    /// Month and year: `Jan 2018` / `janv. 2018`.
    public func monthYear(_ date: CivilDate) -> String {
        shortMonthNames[date.month - 1] + Self.noBreakSpace + String(date.year)
    }

    /// Quarter and year: `Q1 2018` / `T1 2018` (trimestre).
    public func quarterYear(_ date: CivilDate) -> String {
        (self == .en ? "Q" : "T") + String(date.quarter) + Self.noBreakSpace + String(date.year)
    }

    /// A day: `Oct 17, 2018` / `17 oct. 2018`.
    public func day(_ date: CivilDate) -> String {
        let month = shortMonthNames[date.month - 1]
        let space = Self.noBreakSpace
        switch self {
        case .en: return month + space + String(date.day) + ", " + String(date.year)
        case .fr: return (date.day == 1 ? "1er" : String(date.day)) + space + month + space + String(date.year)
        }
    }

    /// An ISO 8601 date, the same in every language: `2018-10-17`.
    public func isoDate(_ date: CivilDate) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }
}
