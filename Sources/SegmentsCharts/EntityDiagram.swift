/// A data-model diagram: tables as boxes (title, detail such as a row count, key columns)
/// placed on a grid chosen by the caller, joined by labelled elbow connectors (such as a
/// join key and its match rate).
///
/// Links between rows run from the bottom of the upper box to the top of the lower one;
/// links within a row run between the facing sides, at the height of the named key column
/// (leave an empty grid column between two tables linked within a row: the label needs the
/// room). Each label sits on the part of its connector that no other connector shares.
public struct EntityDiagram: SVGChart {
    /// A table.
    public struct Entity: Sendable {
        /// Identifier used by links (not displayed).
        public var id: String
        public var title: String
        /// A second header line, such as "99,441 rows".
        public var detail: String?
        /// Key columns listed in the box.
        public var keys: [String]
        /// Grid position, from the top-left (0, 0).
        public var column: Int
        public var row: Int

        public init(id: String, title: String, detail: String? = nil, keys: [String] = [], column: Int, row: Int) {
            self.id = id
            self.title = title
            self.detail = detail
            self.keys = keys
            self.column = max(0, column)
            self.row = max(0, row)
        }
    }

    /// A connector between two tables.
    public struct Link: Sendable {
        public var from: String
        public var to: String
        /// Text on the connector, such as "customer_id · 100 %".
        public var label: String
        /// Key column of `from` the connector starts at (for links within a row).
        public var fromKey: String?
        /// Key column of `to` the connector ends at (for links within a row).
        public var toKey: String?

        public init(from: String, to: String, label: String, fromKey: String? = nil, toKey: String? = nil) {
            self.from = from
            self.to = to
            self.label = label
            self.fromKey = fromKey
            self.toKey = toKey
        }
    }

    public var title: String
    public var description: String
    public var entities: [Entity]
    /// Links whose ends are not both among `entities` (or that join a table to itself) are
    /// ignored; of entities sharing an id, the first is drawn.
    public var links: [Link]
    public var width: Double

    /// A diagram of `entities` placed on their grid cells, joined by `links`.
    public init(title: String, description: String = "", entities: [Entity], links: [Link], width: Double = ChartTheme.width) {
        self.title = title
        self.description = description
        self.entities = entities
        self.links = links
        self.width = width
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        guard !entities.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let layout = EntityLayout(diagram: self)
        let names = Dictionary(entities.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let drawn = layout.validLinks
        let linkTexts = drawn.map { link in
            ChartText.link(names[link.from]!, names[link.to]!, language: language) + " (" + link.label + ")"
        }
        let summary = ChartText.diagram(entities: layout.order.map { names[$0]! }, links: linkTexts, language: language)
        let connectors = layout.connectors()
        let content: [SVGNode] = [connectors.lines, layout.boxNodes(), connectors.labels]
        return ChartFrame(id: id, width: width, height: layout.height, title: title,
                          description: joinedDescription(description, summary)).svg(content)
    }
}
