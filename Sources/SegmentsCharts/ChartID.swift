/// The identifier of a chart on its page, from which every `id` inside the chart is derived
/// (`<id>-title`, `<id>-desc`, `<id>-ramp`, …). Pages must give each chart a distinct id.
///
/// The caller's text is reduced to characters valid in an XML name and safe in the
/// space-separated `aria-labelledby` list: ASCII letters, digits, `-` and `_`; anything
/// else becomes `-`, and a leading non-letter gets a `chart-` prefix.
public struct ChartID: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The sanitised identifier.
    public let value: String

    /// An identifier derived from `text`.
    public init(_ text: String) {
        var cleaned = ""
        for scalar in text.unicodeScalars {
            let allowed = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            cleaned.unicodeScalars.append(allowed ? scalar : "-")
        }
        let startsWithLetter = cleaned.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false
        value = startsWithLetter ? cleaned : "chart-" + cleaned
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The id of a part of this chart, such as `orders-title`.
    public func part(_ suffix: String) -> String { value + "-" + suffix }

    public var description: String { value }
}
