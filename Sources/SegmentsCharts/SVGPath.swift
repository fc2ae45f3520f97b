/// Path data (`d` attribute) built from commands, with every number written by ``SVGNumber``.
public struct SVGPath: Sendable, Hashable, SVGAttributeValue {
    /// One path command in absolute coordinates.
    public enum Command: Sendable, Hashable {
        case move(Double, Double)
        case line(Double, Double)
        case horizontal(Double)
        case vertical(Double)
        case close
    }

    /// The commands in drawing order.
    public private(set) var commands: [Command] = []

    /// An empty path.
    public init() {}

    /// Starts a new subpath at (x, y).
    public mutating func move(to x: Double, _ y: Double) { commands.append(.move(x, y)) }
    /// Draws a straight line to (x, y).
    public mutating func line(to x: Double, _ y: Double) { commands.append(.line(x, y)) }
    /// Draws a horizontal line to x.
    public mutating func horizontal(to x: Double) { commands.append(.horizontal(x)) }
    /// Draws a vertical line to y.
    public mutating func vertical(to y: Double) { commands.append(.vertical(y)) }
    /// Closes the current subpath.
    public mutating func close() { commands.append(.close) }

    /// A polyline through `points`, or an empty path for no points.
    public static func polyline(_ points: [(x: Double, y: Double)]) -> SVGPath {
        var path = SVGPath()
        for (index, point) in points.enumerated() {
            if index == 0 { path.move(to: point.x, point.y) } else { path.line(to: point.x, point.y) }
        }
        return path
    }

    public var svgAttributeText: String? {
        var text = ""
        for command in commands {
            switch command {
            case .move(let x, let y): text += "M" + SVGNumber.format(x) + " " + SVGNumber.format(y)
            case .line(let x, let y): text += "L" + SVGNumber.format(x) + " " + SVGNumber.format(y)
            case .horizontal(let x): text += "H" + SVGNumber.format(x)
            case .vertical(let y): text += "V" + SVGNumber.format(y)
            case .close: text += "Z"
            }
        }
        return text
    }
}
