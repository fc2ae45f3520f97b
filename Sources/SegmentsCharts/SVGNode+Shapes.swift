/// Shorthands for the elements charts use most, with safe defaults (no negative sizes).
extension SVGNode {
    /// A group of elements, with optional attributes.
    static func group(_ children: [SVGNode], _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]) -> SVGNode {
        SVGNode("g", attributes, children: children)
    }

    /// A tooltip: a `<title>` child read by screen readers and shown on hover.
    static func tooltip(_ text: String) -> SVGNode {
        SVGNode("title", text: text)
    }

    /// A filled rectangle; negative sizes are drawn as zero.
    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: any SVGAttributeValue,
        tooltip: String? = nil
    ) -> SVGNode {
        SVGNode("rect", [
            "x": x, "y": y, "width": max(0, width.isFinite ? width : 0), "height": max(0, height.isFinite ? height : 0),
            "fill": fill,
        ], children: tooltip.map { [.tooltip($0)] } ?? [])
    }

    /// A straight line.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, color: String, width: Double = 1) -> SVGNode {
        SVGNode("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": color, "stroke-width": width])
    }

    /// A text label.
    /// - Parameters:
    ///   - anchor: `start`, `middle` or `end`.
    ///   - size: Font size; nil inherits the chart's (12).
    ///   - color: Fill; nil inherits the chart's text colour.
    ///   - weight: Font weight, such as `600`; nil inherits.
    static func label(
        _ text: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
        color: (any SVGAttributeValue)? = nil, weight: String? = nil
    ) -> SVGNode {
        var node = SVGNode("text", ["x": x, "y": y], text: text)
        if anchor != "start" { node = node.with("text-anchor", anchor) }
        if let size { node = node.with("font-size", size) }
        if let color { node = node.with("fill", color) }
        if let weight { node = node.with("font-weight", weight) }
        return node
    }
}
