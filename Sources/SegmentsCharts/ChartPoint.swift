/// A point of a chart in data coordinates.
public struct ChartPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Whether both coordinates are finite.
    var isFinite: Bool { x.isFinite && y.isFinite }
}
