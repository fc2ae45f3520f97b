/// Box positions and connector routes of an ``EntityDiagram``.
struct EntityLayout {
    static let headerHeight = 24.0
    static let detailHeight = 15.0
    static let keyLineHeight = 17.0
    static let rowGap = 64.0
    static let margin = 10.0
    static let headerFill = RGBColor(hex: 0xE8F0F8)
    static let borderColor = "#9fb3c8"
    static let linkColor = "#6b7f95"

    struct Box {
        var entity: EntityDiagram.Entity
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var centerX: Double { x + width / 2 }
        var maxX: Double { x + width }
        var maxY: Double { y + height }

        var keysTop: Double { y + EntityLayout.headerHeight + (entity.detail == nil ? 0 : EntityLayout.detailHeight) }

        /// Middle height of a key line, or of the header when the key is not listed.
        func anchorY(key: String?) -> Double {
            guard let key, let index = entity.keys.firstIndex(of: key) else { return y + EntityLayout.headerHeight / 2 }
            return keysTop + 4 + (Double(index) + 0.5) * EntityLayout.keyLineHeight
        }
    }

    let boxes: [String: Box]
    let order: [String]
    let validLinks: [EntityDiagram.Link]
    let height: Double

    init(diagram: EntityDiagram) {
        let columns = (diagram.entities.map(\.column).max() ?? 0) + 1
        let pitch = (diagram.width - 2 * Self.margin) / Double(columns)
        let boxWidth = min(200, pitch - 24)
        let rows = (diagram.entities.map(\.row).max() ?? 0) + 1
        var rowHeights = [Double](repeating: 0, count: rows)
        for entity in diagram.entities {
            rowHeights[entity.row] = max(rowHeights[entity.row], Self.boxHeight(entity))
        }
        var rowTops = [Self.margin]
        for height in rowHeights { rowTops.append(rowTops.last! + height + Self.rowGap) }
        var boxes: [String: Box] = [:]
        var order: [String] = []
        for entity in diagram.entities where boxes[entity.id] == nil {
            let x = Self.margin + Double(entity.column) * pitch + (pitch - boxWidth) / 2
            boxes[entity.id] = Box(entity: entity, x: x, y: rowTops[entity.row], width: boxWidth, height: Self.boxHeight(entity))
            order.append(entity.id)
        }
        self.boxes = boxes
        self.order = order
        validLinks = diagram.links.filter { boxes[$0.from] != nil && boxes[$0.to] != nil && $0.from != $0.to }
        height = rowTops[rows] - Self.rowGap + Self.margin
    }

    static func boxHeight(_ entity: EntityDiagram.Entity) -> Double {
        headerHeight + (entity.detail == nil ? 0 : detailHeight) + Double(entity.keys.count) * keyLineHeight + (entity.keys.isEmpty ? 4 : 10)
    }

    // MARK: Boxes

    func boxNodes() -> SVGNode {
        .group(order.map { box(boxes[$0]!) })
    }

    private func box(_ box: Box) -> SVGNode {
        let textWidth = box.width - 16
        var nodes: [SVGNode] = [
            SVGNode("rect", ["x": box.x, "y": box.y, "width": box.width, "height": box.height, "rx": 4.0,
                             "fill": ChartTheme.background, "stroke": Self.borderColor]),
            SVGNode("path", ["d": headerPath(box), "fill": Self.headerFill, "stroke": Self.borderColor]),
            fitted(box.entity.title, x: box.x + 8, y: box.y + 16.5, width: textWidth, size: ChartTheme.fontSize, weight: "600",
                   color: ChartTheme.textColor),
        ]
        if let detail = box.entity.detail {
            nodes.append(fitted(detail, x: box.x + 8, y: box.y + Self.headerHeight + 11.5, width: textWidth,
                                size: ChartTheme.smallFontSize, weight: nil, color: ChartTheme.mutedTextColor))
        }
        for (index, key) in box.entity.keys.enumerated() {
            let y = box.keysTop + 4 + (Double(index) + 0.5) * Self.keyLineHeight + 4
            nodes.append(fitted(key, x: box.x + 8, y: y, width: textWidth, size: ChartTheme.smallFontSize, weight: nil,
                                color: ChartTheme.textColor))
        }
        return .group(nodes)
    }

    /// The header band: rounded top corners, square bottom.
    private func headerPath(_ box: Box) -> SVGPath {
        let bottom = box.y + Self.headerHeight + (box.entity.detail == nil ? 0 : Self.detailHeight)
        var path = SVGPath()
        path.move(to: box.x, bottom)
        path.vertical(to: box.y + 4)
        path.line(to: box.x + 4, box.y)
        path.horizontal(to: box.maxX - 4)
        path.line(to: box.maxX, box.y + 4)
        path.vertical(to: bottom)
        path.close()
        return path
    }

    private func fitted(_ text: String, x: Double, y: Double, width: Double, size: Double, weight: String?, color: String) -> SVGNode {
        let shown = ChartTheme.truncated(text, toWidth: width, fontSize: size)
        let node = SVGNode.label(shown, x: x, y: y, size: size == ChartTheme.fontSize ? nil : size, color: color, weight: weight)
        return shown == text ? node : node.appending([.tooltip(text)])
    }

    // MARK: Connectors

    private struct Route {
        var path: SVGPath
        var labelX: Double
        var labelY: Double
    }

    /// The connector lines and their labels, drawn under and over the boxes respectively.
    func connectors() -> (lines: SVGNode, labels: SVGNode) {
        // Count how many connectors leave from each anchor, to place labels on unshared parts.
        var anchorUse: [String: Int] = [:]
        let ends = validLinks.map(endpoints)
        for (start, end) in ends {
            anchorUse[start.key, default: 0] += 1
            anchorUse[end.key, default: 0] += 1
        }
        var lines: [SVGNode] = []
        var labels: [SVGNode] = []
        for (link, (start, end)) in zip(validLinks, ends) {
            let route = self.route(start, end, startShared: anchorUse[start.key]! > 1, endShared: anchorUse[end.key]! > 1)
            lines.append(SVGNode("path", ["d": route.path, "fill": "none", "stroke": Self.linkColor, "stroke-width": 1.5]))
            let labelWidth = ChartTheme.estimatedWidth(of: link.label, fontSize: ChartTheme.smallFontSize) + 10
            labels.append(.group([
                SVGNode("rect", ["x": route.labelX - labelWidth / 2, "y": route.labelY - 9, "width": labelWidth, "height": 18.0,
                                 "rx": 9.0, "fill": ChartTheme.background, "stroke": Self.borderColor]),
                .label(link.label, x: route.labelX, y: route.labelY + 4, anchor: "middle", size: ChartTheme.smallFontSize),
            ]))
        }
        return (.group(lines), .group(labels))
    }

    private struct Anchor {
        /// Identifies the anchor point, to find connectors sharing it.
        var key: String
        var x: Double
        var y: Double
        /// True for the side anchors of links within a row.
        var isSide: Bool
    }

    /// Start (upper or left box) and end anchors of a link.
    private func endpoints(_ link: EntityDiagram.Link) -> (Anchor, Anchor) {
        var (a, b) = (boxes[link.from]!, boxes[link.to]!)
        var (keyA, keyB) = (link.fromKey, link.toKey)
        if a.entity.row == b.entity.row {
            if a.x > b.x { swap(&a, &b); swap(&keyA, &keyB) }
            let (ya, yb) = (a.anchorY(key: keyA), b.anchorY(key: keyB))
            return (Anchor(key: a.entity.id + " right " + String(ya), x: a.maxX, y: ya, isSide: true),
                    Anchor(key: b.entity.id + " left " + String(yb), x: b.x, y: yb, isSide: true))
        }
        if a.y > b.y { swap(&a, &b) }
        return (Anchor(key: a.entity.id + " bottom", x: a.centerX, y: a.maxY, isSide: false),
                Anchor(key: b.entity.id + " top", x: b.centerX, y: b.y, isSide: false))
    }

    private func route(_ start: Anchor, _ end: Anchor, startShared: Bool, endShared: Bool) -> Route {
        var path = SVGPath()
        path.move(to: start.x, start.y)
        if start.isSide {
            let middle = (start.x + end.x) / 2
            path.horizontal(to: middle)
            path.vertical(to: end.y)
            path.horizontal(to: end.x)
            let y = start.y == end.y ? start.y : (start.y + end.y) / 2
            return Route(path: path, labelX: middle, labelY: y)
        }
        let middle = start.y + Self.rowGap / 2 - 4
        path.vertical(to: middle)
        path.horizontal(to: end.x)
        path.vertical(to: end.y)
        if !endShared { return Route(path: path, labelX: end.x, labelY: (middle + end.y) / 2 + 1) }
        if !startShared { return Route(path: path, labelX: start.x, labelY: (start.y + middle) / 2) }
        return Route(path: path, labelX: (start.x + end.x) / 2, labelY: middle)
    }
}
