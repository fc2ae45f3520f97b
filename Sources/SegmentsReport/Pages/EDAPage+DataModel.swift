import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading

/// The data-model diagram: the Olist tables with their keys, joined by lines labelled with
/// the join key and its match rate.
extension EDAPage {
    /// View-box width of the diagram: four columns of boxes wide enough for the key names.
    static let diagramWidth = 960.0

    var dataModelFigure: Figure {
        let rows = Dictionary(dataset.provenance.map { ($0.file, $0.rows) }, uniquingKeysWith: { first, _ in first })
        func entity(_ file: OlistFile, keys: [String], column: Int, row: Int) -> EntityDiagram.Entity {
            .init(id: file.rawValue, title: file == .categoryTranslation ? "category_translation" : Self.tableName(file),
                  detail: rows[file.rawValue].map { words("eda.chart.dataModel.rows", ["rows": count($0)]) }, keys: keys, column: column, row: row)
        }
        var entities: [EntityDiagram.Entity] = [
            entity(.customers, keys: ["customer_id", "customer_unique_id", "customer_zip_code_prefix"], column: 1, row: 0),
            entity(.orders, keys: ["order_id", "customer_id"], column: 1, row: 1),
            entity(.orderItems, keys: ["order_id", "product_id", "seller_id"], column: 0, row: 2),
            entity(.payments, keys: ["order_id"], column: 1, row: 2),
            entity(.reviews, keys: ["review_id", "order_id"], column: 2, row: 2),
            entity(.sellers, keys: ["seller_id", "seller_zip_code_prefix"], column: 0, row: 3),
            entity(.products, keys: ["product_id", "product_category_name"], column: 1, row: 3),
            entity(.categoryTranslation, keys: ["product_category_name"], column: 3, row: 3),
        ]
        func rate(_ relation: ReferenceCheck.Relation) -> String {
            dataset.quality.reference(relation).map { share($0.matchRate, decimals: 1) } ?? language.missingValue
        }
        var links: [EntityDiagram.Link] = [
            .init(from: OlistFile.orders.rawValue, to: OlistFile.customers.rawValue, label: "customer_id · " + rate(.orderCustomer)),
            .init(from: OlistFile.orders.rawValue, to: OlistFile.orderItems.rawValue, label: "order_id · " + rate(.itemOrder)),
            .init(from: OlistFile.orders.rawValue, to: OlistFile.payments.rawValue, label: "order_id · " + rate(.paymentOrder)),
            .init(from: OlistFile.orders.rawValue, to: OlistFile.reviews.rawValue, label: "order_id · " + rate(.reviewOrder)),
            .init(from: OlistFile.orderItems.rawValue, to: OlistFile.sellers.rawValue, label: "seller_id · " + rate(.itemSeller)),
            .init(from: OlistFile.orderItems.rawValue, to: OlistFile.products.rawValue, label: "product_id · " + rate(.itemProduct)),
            .init(from: OlistFile.products.rawValue, to: OlistFile.categoryTranslation.rawValue,
                  label: words("eda.chart.dataModel.category") + " · " + rate(.productCategory),
                  fromKey: "product_category_name", toKey: "product_category_name"),
        ]
        if let zip = result.customerZipCoverage {
            entities.append(entity(.geolocation, keys: ["geolocation_zip_code_prefix"], column: 3, row: 0))
            links.append(.init(
                from: OlistFile.customers.rawValue, to: OlistFile.geolocation.rawValue,
                label: "zip · " + share(zip.matchRate, decimals: 1), fromKey: "customer_zip_code_prefix",
                toKey: "geolocation_zip_code_prefix"))
        }
        let chart = EntityDiagram(
            title: words("eda.chart.dataModel.title"), description: words("eda.chart.dataModel.description"),
            entities: entities, links: links, width: Self.diagramWidth)
        return figure(chart, id: "eda-data-model", caption: words("eda.chart.dataModel.caption"))
    }
}
