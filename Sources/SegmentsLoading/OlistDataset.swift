/// The Olist dataset in memory: nine tables in typed columns, joined at load.
///
/// Each table is a struct of arrays, one array per column, indexed by row. Identifiers are
/// interned (``Interner``): a row refers to another table by its row index (`Int32`, -1 when
/// the key is unknown). Missing values stay distinct from zero: `nil` timestamps, NaN numbers
/// and -1 codes, as each column documents. Build one with
/// ``load(directory:logger:)`` or ``load(files:origin:logger:)``.
public struct OlistDataset: Sendable {
    /// Where the data came from (a folder path, or a name for in-memory input).
    public var origin: String
    /// Customers and their buyers (`customer_unique_id`).
    public var customers: Customers
    /// Orders, joined to customers and buyers.
    public var orders: Orders
    /// Order items, joined to orders, products and sellers.
    public var orderItems: OrderItems
    /// Payments, joined to orders.
    public var payments: OrderPayments
    /// Reviews, joined to orders.
    public var reviews: OrderReviews
    /// Products, joined to the category translation.
    public var products: Products
    /// Sellers.
    public var sellers: Sellers
    /// Portuguese category names and their English names.
    public var categories: CategoryTranslation
    /// Coordinates by zip code prefix, when the optional file was given.
    public var geolocation: Geolocation?
    /// What was found wrong with the input without stopping the load.
    public var quality: DataQualityReport
    /// One entry per loaded file, in ``OlistFile`` order.
    public var provenance: [TableProvenance]
    /// What the data holds (everything for the Olist tables; see ``load(transactions:mapping:logger:rules:)``).
    public var capabilities = DatasetCapabilities.olist

    /// Bytes of all the input files read.
    public var inputBytes: Int { provenance.reduce(0) { $0 + $1.byteCount } }

    /// Buyers: distinct `customer_unique_id`s, the unit of segmentation.
    public var buyers: Interner { customers.buyers }

    /// Per order row: the buyer's code in ``buyers``; -1 when the order's customer is unknown.
    public var orderBuyer: [Int32] { orders.buyer }

    /// The category name of a product, in English when translated, else in Portuguese;
    /// `nil` when the product has no category.
    /// - Parameter row: a row of ``products``.
    public func categoryName(ofProduct row: Int) -> String? {
        let code = products.category[row]
        guard code >= 0 else { return nil }
        let translation = products.categoryTranslation[Int(code)]
        return translation >= 0 ? categories.english[Int(translation)] : products.categoryNames[code]
    }
}
