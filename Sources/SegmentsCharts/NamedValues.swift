/// A named list of numbers with an optional colour: a radar's series (one value per axis),
/// a knife plot's cluster (its members' silhouettes), a stacked layer (one value per instant).
public struct NamedValues: Sendable, Hashable {
    public var name: String
    public var values: [Double]
    /// Colour override; nil uses the palette colour of the item's index
    /// (``Palette/series(_:)``), so that a segment keeps its colour across charts.
    public var color: RGBColor?

    public init(name: String, values: [Double], color: RGBColor? = nil) {
        self.name = name
        self.values = values
        self.color = color
    }

    /// The finite value at `index`, nil when missing or non-finite.
    func finiteValue(_ index: Int) -> Double? {
        index < values.count && values[index].isFinite ? values[index] : nil
    }
}
