/// A currency as shown in reports: its ISO 4217 code and its display symbol.
public struct Currency: Sendable, Hashable, Codable {
    /// ISO 4217 code, such as `BRL`.
    public var code: String
    /// Display symbol, such as `R$`.
    public var symbol: String

    /// A currency with the given code and symbol.
    public init(code: String, symbol: String) {
        self.code = code
        self.symbol = symbol
    }

    /// Brazilian real, the currency of the Olist data.
    public static let brl = Currency(code: "BRL", symbol: "R$")
    /// Euro.
    public static let eur = Currency(code: "EUR", symbol: "€")
    /// US dollar.
    public static let usd = Currency(code: "USD", symbol: "$")
}

extension ReportLanguage {
    /// An amount of money: `R$1,234.56` / `1 234,56 R$` (U+00A0 before the symbol).
    /// - Parameters:
    ///   - value: The amount; non-finite values give the missing-value dash.
    ///   - currency: The currency whose symbol is shown.
    ///   - decimals: Digits after the separator (2 for cents, 0 for round figures).
    public func money(_ value: Double, currency: Currency, decimals: Int = 2) -> String {
        guard value.isFinite else { return missingValue }
        return placeSymbol(number(value, decimals: decimals), currency: currency)
    }

    /// A compact amount for axes: `R$12k` / `12 k R$`.
    public func compactMoney(_ value: Double, currency: Currency, maximumDecimals: Int = 1) -> String {
        guard value.isFinite else { return missingValue }
        return placeSymbol(compact(value, maximumDecimals: maximumDecimals), currency: currency)
    }

    /// Puts the currency symbol on the language's side of a formatted number.
    func placeSymbol(_ number: String, currency: Currency) -> String {
        let negative = number.hasPrefix(Self.minusSign)
        let magnitude = negative ? String(number.dropFirst(Self.minusSign.count)) : number
        return (negative ? Self.minusSign : "") + Self.fill(conventions.moneyPattern, ["number": magnitude, "symbol": currency.symbol])
    }
}
