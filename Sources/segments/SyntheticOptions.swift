import ArgumentParser
import Foundation
import Logging
import SegmentsLoading
import SegmentsSynthetic

/// Options of the synthetic Olist-schema generator.
struct SyntheticOptions: ParsableArguments {
    @Option(help: "Number of buyers (customer_unique_id) to generate.")
    var buyers = SyntheticOlist.Configuration().buyers

    @Option(help: "Seed of every random choice.")
    var seed: UInt64 = 1

    @Flag(help: "Also generate olist_geolocation_dataset.csv (about 10 rows per buyer).")
    var geolocation = false

    @Option(help: """
        Folder with the real olist_products, olist_sellers and product_category_name_translation \
        tables (default: the built-in catalogue).
        """)
    var catalogue: String?

    func validate() throws {
        guard buyers > 0 else { throw ValidationError("--buyers must be at least 1") }
    }

    var configuration: SyntheticOlist.Configuration {
        var configuration = SyntheticOlist.Configuration()
        configuration.buyers = buyers
        configuration.seed = seed
        configuration.geolocation = geolocation
        return configuration
    }

    /// The folder of real catalogue tables given with `--catalogue`, if any: the output never
    /// depends on the working directory.
    var catalogueDirectory: URL? {
        catalogue.map { URL(fileURLWithPath: $0) }
    }

    /// The catalogue: the real tables when available, else the built-in one.
    func loadCatalogue(logger: Logger) throws -> SyntheticCatalogue {
        guard let directory = catalogueDirectory else {
            logger.info("Using the built-in product catalogue")
            return .builtIn
        }
        let catalogue = try SyntheticCatalogue.load(directory: directory)
        logger.info("Using the product catalogue of \(directory.path)")
        return catalogue
    }
}
