// Fuzz target: the configuration file (`--config FILE`), ReportConfiguration.parse: libyaml
// through Yams, then every section's reader (keys, types, ranges, feature sets, date
// patterns), as `ReportConfiguration.load(file:languages:)` after its UTF-8 check.
//
// Oracle: an error names the file and a position (line and column 0 only for errors that are
// not about a node); an accepted configuration is within the documented ranges, reads the
// same a second time, and its date pattern parses dates without trapping.
@testable import SegmentsConfiguration
@testable import SegmentsLoading

private let languages = ["en", "fr"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }  // load refuses it first
    let configuration: ReportConfiguration
    do {
        configuration = try ReportConfiguration.parse(text, file: "fuzz.yaml", languages: languages)
    } catch {
        precondition(error.file == "fuzz.yaml" && error.line >= 0 && error.column >= 0 && !error.key.isEmpty)
        precondition(error.description.hasPrefix("fuzz.yaml:"))
        return 0
    }
    check(configuration)
    precondition((try? ReportConfiguration.parse(text, file: "fuzz.yaml", languages: languages)) == configuration)
    return 0
}

/// The ranges the readers promise.
private func check(_ configuration: ReportConfiguration) {
    if let language = configuration.language { precondition(languages.contains(language)) }
    let search = configuration.search
    precondition(!search.featureSets.isEmpty && !search.algorithms.isEmpty)
    precondition(search.clusterCounts.lowerBound >= 2 && search.clusterCounts.upperBound <= 100)
    precondition(search.kmeansRestarts >= 1)
    precondition((0...1).contains(search.selection.minClusterShare) && (0...1).contains(search.selection.maxNoiseShare))
    if let explicit = search.selection.explicit {
        precondition(search.featureSets.contains { $0.name == explicit.featureSet })
        precondition(search.algorithms.contains(explicit.algorithm))
    }
    for set in search.featureSets { precondition(!set.features.isEmpty) }
    precondition(configuration.tsne.perplexity >= 2 && configuration.tsne.perplexity <= 500)
    precondition(configuration.drift.threshold > 0 && configuration.drift.threshold <= 1)
    guard let format = configuration.transactions.dateFormat else { return }
    for sample in ["2024-03-31", "2024-03-31 14:05:09", "31/03/2024", "03/31/2024 14:05", "20240331", "5.4.2024 7:05", ""] {
        var text = sample
        _ = text.withUTF8 { format.parse($0) }
    }
}
