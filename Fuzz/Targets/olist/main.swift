// Fuzz target: the whole Olist loader (OlistDataset.load(directory:)) on a folder built from
// the input: the input is cut at each 0x1E byte (ASCII record separator) into the files of
// `OlistFile.allCases`, in that order (customers, orders, items, payments, reviews, products,
// sellers, category translation, geolocation); a file with no piece is absent. The seeds
// (`scripts/fuzz_corpus.py`) are small valid datasets, so mutations of one file reach the
// typed parsers, the plausibility rules and the joins.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
@testable import SegmentsLoading

/// The folder the files are written to, one per process, removed at exit.
private let folder: URL = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    var template = Array("\(base)/segments-fuzz-olist-XXXXXX".utf8CString)
    guard let path = mkdtemp(&template) else { fatalError("cannot create a folder under \(base)") }
    let url = URL(fileURLWithPath: String(cString: path))
    atexit { try? FileManager.default.removeItem(at: folder) }
    return url
}()

private let logger = Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() }
/// A fixed run date, so that a finding replays the same way on another day.
private let rules = PlausibilityRules(now: Date(timeIntervalSince1970: 1_764_720_000))  // 2025-12-03

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOlist(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let pieces = UnsafeBufferPointer(start: data, count: size).split(separator: 0x1E, omittingEmptySubsequences: false)
    for (index, file) in OlistFile.allCases.enumerated() {
        let url = folder.appendingPathComponent(file.rawValue)
        if index < pieces.count {
            _ = FileManager.default.createFile(atPath: url.path, contents: Data(pieces[index]))
        } else {
            try? FileManager.default.removeItem(at: url)
        }
    }
    do {
        let dataset = try OlistDataset.load(directory: folder, logger: logger, rules: rules)
        precondition(dataset.orderBuyer.count == dataset.orders.count)
        precondition(dataset.quality.tables.count == dataset.provenance.count)
        for issue in dataset.quality.issues {
            _ = issue.examples.map(\.description)
        }
        for row in 0..<min(dataset.products.count, 16) {
            _ = dataset.categoryName(ofProduct: row)
        }
    } catch {
        _ = error.description
    }
    return 0
}
