/// ISO 4217 currency codes as the configuration and the flags take them.
public enum CurrencyCode {
    /// Whether `code` has the shape of an ISO 4217 code: three capital letters.
    public static func isValid(_ code: String) -> Bool {
        code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The usual symbol of `code` (`R$`, `€`, `$`, `£`), or the code itself.
    public static func usualSymbol(_ code: String) -> String {
        switch code {
        case "BRL": return "R$"
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        default: return code
        }
    }
}
