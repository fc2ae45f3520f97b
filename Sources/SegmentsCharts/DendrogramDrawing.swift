/// The layout and marks of a ``DendrogramChart`` with a well-formed tree.
struct DendrogramDrawing {
    let chart: DendrogramChart
    let language: ReportLanguage

    var tree: DendrogramTree { chart.tree }
    var cut: Double? { chart.cutHeight.flatMap { $0.isFinite ? $0 : nil } }

    func text(_ height: Double) -> String { chart.heightFormat.format(height, language: language) }

    func leafLabel(_ leaf: Int) -> String { "(" + language.integer(tree.leafSizes[leaf]) + ")" }

    /// The colour index of each merge: its cluster's below the cut, nil above it (grey).
    /// Clusters are the highest nodes under the cut, numbered from left to right unless the
    /// chart gives each leaf's cluster.
    func mergeClusters() -> [Int?] {
        var clusters = [Int?](repeating: nil, count: tree.merges.count)
        guard let cut else { return clusters.map { _ in 0 } }
        guard !tree.merges.isEmpty else { return [] }
        let leafCount = tree.leafSizes.count
        var next = 0
        // (node, cluster of the enclosing cluster root, if any), depth-first, left first.
        var stack: [(Int, Int?)] = [(leafCount + tree.merges.count - 1, nil)]
        while let (node, inherited) = stack.popLast() {
            var cluster = inherited
            if cluster == nil && tree.height(node) < cut {
                let firstLeaf = tree.firstLeaf(under: node)
                cluster = chart.leafClusters.flatMap { firstLeaf < $0.count ? $0[firstLeaf] : nil } ?? next
                next += 1
            }
            guard node >= leafCount else { continue }
            clusters[node - leafCount] = cluster
            let merge = tree.merges[node - leafCount]
            stack.append((merge.right, cluster))
            stack.append((merge.left, cluster))
        }
        return clusters
    }

    func content() -> ([SVGNode], Double) {
        let leafCount = tree.leafSizes.count
        let heights = tree.merges.map(\.height).filter(\.isFinite) + (cut.map { [$0] } ?? [])
        let provisional = Axis.linearTicks(LinearScale.covering(heights, range: (0, 1)), format: chart.heightFormat, language: language)
        let left = Axis.leftMargin(provisional.map(\.1))
        let top = chart.heightTitle == nil ? 12.0 : 34.0
        let order = tree.leafOrder
        let step = (chart.width - left - 16) / Double(max(1, leafCount))
        let labels = order.map(leafLabel)
        let widest = labels.map { ChartTheme.estimatedWidth(of: $0, fontSize: ChartTheme.smallFontSize) }.max() ?? 0
        let rotated = widest > step - 4
        let area = PlotArea(x: left, y: top, width: chart.width - left - 16, height: chart.plotHeight)
        let y = LinearScale.covering(heights, range: (area.maxY, area.y))
        var x = [Double](repeating: 0, count: leafCount + tree.merges.count)
        for (position, leaf) in order.enumerated() { x[leaf] = area.x + (Double(position) + 0.5) * step }
        for (index, merge) in tree.merges.enumerated() { x[leafCount + index] = (x[merge.left] + x[merge.right]) / 2 }
        let yTicks = Axis.linearTicks(y, format: chart.heightFormat, language: language)
        var nodes = Axis(edge: .left, ticks: yTicks.map { AxisTick(position: y($0.0), label: $0.1) }, area: area,
                         title: chart.heightTitle).nodes()
        nodes.append(.line(x1: area.x, y1: area.maxY, x2: area.maxX, y2: area.maxY, color: ChartTheme.axisColor))
        let clusters = mergeClusters()
        var links: [SVGNode] = []
        for (index, merge) in tree.merges.enumerated() {
            var path = SVGPath()
            path.move(to: x[merge.left], y(tree.height(merge.left)))
            path.vertical(to: y(merge.height))
            path.horizontal(to: x[merge.right])
            path.vertical(to: y(tree.height(merge.right)))
            let color = clusters[index].map { Palette.series($0) } ?? Palette.neutral
            let tip = ChartText.merge(height: text(merge.height), size: "(" + language.integer(merge.size) + ")", language: language)
            links.append(SVGNode("path", ["d": path, "fill": "none", "stroke": color, "stroke-width": 1.75],
                                 children: [.tooltip(tip)]))
        }
        nodes.append(.group(links))
        var leafLabels: [SVGNode] = []
        for position in order.indices {
            let at = area.x + (Double(position) + 0.5) * step
            var label = SVGNode.label(labels[position], x: at, y: area.maxY + (rotated ? 8 : 16), anchor: rotated ? "end" : "middle",
                                      size: ChartTheme.smallFontSize, color: ChartTheme.mutedTextColor)
            if rotated {
                label = label.with("transform", "rotate(-90 " + SVGNumber.format(at) + " " + SVGNumber.format(area.maxY + 8) + ")")
                    .with("dy", "0.35em")
            }
            leafLabels.append(label)
        }
        nodes.append(.group(leafLabels))
        if let cut {
            let line = Annotation.horizontal([(y(cut), chart.cutLabel ?? "")], area: area, dash: SeriesStyle.annotationDash)
            nodes += line.lines + line.labels
        }
        let bottom = area.maxY + (rotated ? widest + 16 : 28)
        return (nodes, bottom)
    }

    func summary() -> String {
        let heights = tree.merges.map(\.height).filter(\.isFinite)
        return ChartText.dendrogram(leaves: tree.leafSizes.count, from: text(heights.min() ?? 0), to: text(heights.max() ?? 0),
                                    language: language)
    }
}
