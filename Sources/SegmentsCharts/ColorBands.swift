/// A threshold colour scale: a few bands of values, each with its colour and its reading
/// (such as PSI < 0.1 "stable", 0.1–0.25 "moderate", ≥ 0.25 "large"), for heatmaps whose
/// values have conventional cut-offs.
public struct ColorBands: Sendable, Hashable {
    /// One band: values below `upperBound` (and at or above the previous band's bound).
    public struct Band: Sendable, Hashable {
        /// Exclusive upper bound; `.infinity` for the last band.
        public var upperBound: Double
        public var color: RGBColor
        /// The reading of the band, such as "stable".
        public var label: String

        public init(upperBound: Double, color: RGBColor, label: String) {
            self.upperBound = upperBound
            self.color = color
            self.label = label
        }
    }

    /// Bands in increasing order of their bounds (at least one).
    public var bands: [Band]

    public init(bands: [Band]) {
        precondition(!bands.isEmpty, "a threshold colour scale needs at least one band")
        self.bands = bands
    }

    /// The band of `value`: the first whose upper bound is above it (the last for larger values).
    public func band(for value: Double) -> Band {
        bands.first { value < $0.upperBound } ?? bands[bands.count - 1]
    }

    /// The population stability index reading: below 0.1 stable, 0.1 to 0.25 moderate, from
    /// 0.25 large; light bluish green, Okabe–Ito orange, vermillion, whose lightness also
    /// differs in greyscale print.
    /// - Parameters: The readings in the page's language.
    public static func populationStability(stable: String, moderate: String, large: String) -> ColorBands {
        ColorBands(bands: [
            Band(upperBound: 0.1, color: RGBColor(hex: 0x009E73).mixed(with: .white, 0.78), label: stable),
            Band(upperBound: 0.25, color: RGBColor(hex: 0xE69F00), label: moderate),
            Band(upperBound: .infinity, color: RGBColor(hex: 0xD55E00), label: large),
        ])
    }

    /// Legend texts: `< 0.1 stable`, `0.1–0.25 moderate`, `≥ 0.25 large`, bounds in `format`.
    func legendLabels(format: ValueFormat, language: ReportLanguage) -> [String] {
        bands.enumerated().map { index, band in
            let upper = format.format(band.upperBound, language: language)
            let range: String
            if bands.count == 1 {
                range = ""
            } else if index == 0 {
                range = "< " + upper
            } else {
                let lower = format.format(bands[index - 1].upperBound, language: language)
                range = band.upperBound.isFinite ? lower + "–" + upper : "≥ " + lower
            }
            return [range, band.label].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }
}
