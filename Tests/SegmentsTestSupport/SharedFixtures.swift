import Foundation

/// Data folders that live outside the package and may be absent; tests that use one are
/// skipped without it.
public enum SharedFixtures {
    /// The three published Olist tables (products, sellers, category translation): the folder
    /// named by `OLIST_PARTIAL`, else `../shared/data/olist-partial` beside the checkout
    /// (located from this file, not from the working directory); `nil` when absent.
    public static let olistPartial: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = ProcessInfo.processInfo.environment["OLIST_PARTIAL"].map { URL(fileURLWithPath: $0) }
            ?? root.deletingLastPathComponent().appendingPathComponent("shared/data/olist-partial")
        let products = folder.appendingPathComponent("olist_products_dataset.csv")
        return FileManager.default.fileExists(atPath: products.path) ? folder : nil
    }()
}
