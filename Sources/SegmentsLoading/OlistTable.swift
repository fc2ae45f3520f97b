/// A table of the Olist schema that can be read from its CSV file.
protocol OlistTable: Sendable {
    /// Reads the rows of an opened file.
    /// - Throws: ``LoadingError/missingColumn(at:column:header:)`` or a fatal reader error.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> Self
    /// Where each row starts in the file.
    var origins: RowOrigins { get set }
}

extension Customers: OlistTable {}
extension Orders: OlistTable {}
extension OrderItems: OlistTable {}
extension OrderPayments: OlistTable {}
extension OrderReviews: OlistTable {}
extension Products: OlistTable {}
extension Sellers: OlistTable {}
extension CategoryTranslation: OlistTable {}
extension Geolocation: OlistTable {}

extension OlistFile {
    /// The table type the file holds.
    var tableType: any OlistTable.Type {
        switch self {
        case .customers: return Customers.self
        case .orders: return Orders.self
        case .orderItems: return OrderItems.self
        case .payments: return OrderPayments.self
        case .reviews: return OrderReviews.self
        case .products: return Products.self
        case .sellers: return Sellers.self
        case .categoryTranslation: return CategoryTranslation.self
        case .geolocation: return Geolocation.self
        }
    }
}
