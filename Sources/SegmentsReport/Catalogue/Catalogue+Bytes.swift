extension Catalogue {
    /// A file size in binary units: `512 B`, `1.4 MiB` (`1,4 Mio` in French).
    func byteCount(_ bytes: Int) -> String {
        let units = ["unit.byte", "unit.kibibyte", "unit.mebibyte", "unit.gibibyte"].map { self($0) }
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let digits = unit == 0 ? 0 : (value < 10 ? 1 : 0)
        return "\(language.number(value, decimals: digits))\u{00A0}\(units[unit])"
    }
}
