/// The files of the Olist dataset, named as published.
public enum OlistFile: String, CaseIterable, Sendable {
    case customers = "olist_customers_dataset.csv"
    case orders = "olist_orders_dataset.csv"
    case orderItems = "olist_order_items_dataset.csv"
    case payments = "olist_order_payments_dataset.csv"
    case reviews = "olist_order_reviews_dataset.csv"
    case products = "olist_products_dataset.csv"
    case sellers = "olist_sellers_dataset.csv"
    case categoryTranslation = "product_category_name_translation.csv"
    /// Optional: loaded when present.
    case geolocation = "olist_geolocation_dataset.csv"

    /// The file name.
    public var fileName: String { rawValue }

    /// Whether loading fails without this file (only geolocation is optional).
    public var isRequired: Bool { self != .geolocation }
}
