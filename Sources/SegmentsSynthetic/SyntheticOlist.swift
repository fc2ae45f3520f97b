import Foundation
import SegmentsLoading

/// A deterministic synthetic e-commerce history in the Olist schema: the demo data of the
/// tool and the fixture factory of its tests.
///
/// ``generate(_:catalogue:)`` returns the eight Olist CSV files (and optionally the
/// geolocation file) as bytes, in the real files' format: the same header names and order,
/// quoted headers, ids of 32 hex digits, `yyyy-MM-dd HH:mm:ss` timestamps, empty fields for
/// missing values, and text quoted when it starts with a digit or holds a comma, a quote or a
/// line break. The same configuration always gives byte-identical files.
///
/// At 96,096 buyers it reproduces the published figures of the real dataset: about 99,400
/// orders (3 % of buyers come back, mostly once, a median 29 days later); purchases from
/// 2016-09-04 to 2018-10-17 growing from a few hundred a month to about 7,000 in 2018, with
/// a Black-Friday peak on 2017-11-24; 97 % delivered, the other statuses with consistent
/// timestamps; 1.14 items per order at R$120.65 on average (log-normal, categories weighted
/// by their number of products); payments of R$161 per order, three quarters by credit card
/// in 1–24 instalments; review scores averaging 4.09, lower when late; SP, RJ and MG buyers
/// first.
///
/// ## Behaviour shift
/// So that the drift analysis has something to find, a growing share of purchases follows
/// new habits from 2018-04-01 (0 %) to 2018-07-01 (100 %, until the end of the data):
/// health & beauty, watches, computers, electronics and telephony gain share while
/// bed-bath-table, furniture, sports and housewares lose it; prices rise by 25 % and
/// multi-item orders double (R$147 → R$206 paid per order); card payments use more
/// instalments (3.0 → 4.6 on average); 1.2 % of the new buyers become regulars ordering 3 to
/// 5 times a few weeks apart; parcels to the north-east take 80 % longer (late share 12 % →
/// 30 %, lower scores there). The global figures above stay calibrated. Details and the exact
/// factors are in `SyntheticDrift`.
public enum SyntheticOlist {
    /// What to generate.
    public struct Configuration: Sendable, Equatable {
        /// Number of buyers (`customer_unique_id`s); Olist has 96,096.
        public var buyers: Int
        /// The seed every random draw derives from.
        public var seed: UInt64
        /// Whether to write `olist_geolocation_dataset.csv` (about 1,000,000 rows at full scale).
        public var geolocation: Bool

        public init(buyers: Int = 20_000, seed: UInt64 = 1, geolocation: Bool = false) {
            self.buyers = buyers
            self.seed = seed
            self.geolocation = geolocation
        }
    }

    /// Generates the dataset.
    /// - Parameters:
    ///   - configuration: size, seed and whether to include geolocation.
    ///   - catalogue: the products and sellers to sell; the products, sellers and category
    ///     translation files are written from it.
    /// - Returns: the file contents by Olist file name.
    /// - Precondition: `configuration.buyers` is not negative.
    /// - Complexity: O(buyers + products + sellers), plus O(geolocation rows) when asked for.
    public static func generate(_ configuration: Configuration, catalogue: SyntheticCatalogue = .builtIn) -> [String: [UInt8]] {
        precondition(configuration.buyers >= 0, "the number of buyers cannot be negative")
        let market = SyntheticMarket(catalogue: catalogue, seed: configuration.seed)
        let history = SyntheticHistory.generate(buyers: configuration.buyers, market: market, seed: configuration.seed)
        var files: [String: [UInt8]] = [
            OlistFile.customers.rawValue: customersFile(history),
            OlistFile.orders.rawValue: ordersFile(history),
            OlistFile.orderItems.rawValue: itemsFile(history, catalogue: catalogue),
            OlistFile.payments.rawValue: paymentsFile(history),
            OlistFile.reviews.rawValue: reviewsFile(history),
            OlistFile.products.rawValue: catalogue.productsFile,
            OlistFile.sellers.rawValue: catalogue.sellersFile,
            OlistFile.categoryTranslation.rawValue: catalogue.categoryTranslationFile,
        ]
        if configuration.geolocation {
            files[OlistFile.geolocation.rawValue] = SyntheticGeolocation.file(history: history, catalogue: catalogue, seed: configuration.seed)
        }
        return files
    }

    /// Writes generated files into a folder, creating it (and its parents) if needed.
    /// - Parameters:
    ///   - files: file contents by file name, as returned by ``generate(_:catalogue:)``.
    ///   - directory: the destination folder.
    /// - Throws: the file system's error when the folder cannot be created or a file written.
    public static func write(_ files: [String: [UInt8]], to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in files.keys.sorted() {
            try Data(files[name] ?? []).write(to: directory.appendingPathComponent(name), options: .atomic)
        }
    }
}
