import SegmentsLoading

/// The product catalogue and the sellers a synthetic Olist history is drawn from: a plain
/// value that mirrors Olist's `olist_products_dataset.csv`, `olist_sellers_dataset.csv` and
/// `product_category_name_translation.csv`, so that it can be filled from the real tables
/// (products keep their real ids, categories and sizes; sellers their ids, zips and cities).
///
/// When a catalogue is given to ``SyntheticOlist/generate(_:catalogue:)``, those three files
/// are written back from it column for column, and categories are as popular as their number
/// of products. ``builtIn`` is a small hand-written stand-in for when the real tables are absent.
public struct SyntheticCatalogue: Sendable, Equatable {
    /// A product category, with its English name when the translation table has one.
    public struct Category: Sendable, Equatable {
        /// The Portuguese name, as in `product_category_name` (`cama_mesa_banho`).
        public var name: String
        /// The English name (`bed_bath_table`); `nil` when the translation table lacks it.
        public var englishName: String?

        public init(name: String, englishName: String?) {
            self.name = name
            self.englishName = englishName
        }
    }

    /// A product: one row of `olist_products_dataset.csv`; `nil` is a missing value.
    public struct Product: Sendable, Equatable {
        public var id: String
        /// Index into ``SyntheticCatalogue/categories``; `nil` when uncategorised.
        public var category: Int?
        /// `product_name_lenght` (sic).
        public var nameLength: Int?
        /// `product_description_lenght` (sic).
        public var descriptionLength: Int?
        public var photoCount: Int?
        public var weightGrams: Int?
        public var lengthCentimetres: Int?
        public var heightCentimetres: Int?
        public var widthCentimetres: Int?

        public init(
            id: String, category: Int?, nameLength: Int?, descriptionLength: Int?, photoCount: Int?,
            weightGrams: Int?, lengthCentimetres: Int?, heightCentimetres: Int?, widthCentimetres: Int?
        ) {
            self.id = id
            self.category = category
            self.nameLength = nameLength
            self.descriptionLength = descriptionLength
            self.photoCount = photoCount
            self.weightGrams = weightGrams
            self.lengthCentimetres = lengthCentimetres
            self.heightCentimetres = heightCentimetres
            self.widthCentimetres = widthCentimetres
        }
    }

    /// A seller: one row of `olist_sellers_dataset.csv`.
    public struct Seller: Sendable, Equatable {
        public var id: String
        /// The zip code prefix as written in the file (five digits, leading zeros kept).
        public var zipCodePrefix: String
        public var city: String
        /// The two-letter state code (`SP`).
        public var state: String

        public init(id: String, zipCodePrefix: String, city: String, state: String) {
            self.id = id
            self.zipCodePrefix = zipCodePrefix
            self.city = city
            self.state = state
        }
    }

    /// Categories in translation-file order; those without an English name come last.
    public var categories: [Category]
    public var products: [Product]
    public var sellers: [Seller]

    /// Creates a catalogue.
    /// - Parameters:
    ///   - categories: the categories; each product's `category` indexes this array.
    ///   - products: at least one product.
    ///   - sellers: at least one seller.
    /// - Precondition: products and sellers are not empty and every category index is valid
    ///   (a catalogue is built by code, so a violation is a programming error).
    public init(categories: [Category], products: [Product], sellers: [Seller]) {
        precondition(!products.isEmpty && !sellers.isEmpty, "a catalogue needs products and sellers")
        precondition(
            products.allSatisfy { $0.category.map(categories.indices.contains) ?? true },
            "a product refers to a category that does not exist")
        self.categories = categories
        self.products = products
        self.sellers = sellers
    }
}
