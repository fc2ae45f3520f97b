import SegmentsAnalytics

/// `data/drift-labels.csv`: every labeling the drift ARIs compare, one line each, so that a
/// script can recompute them (`scripts/drift_golden.py check SITE`).
///
/// Columns: `kind` (`initial`: start `start`'s initial model assigning the buyers known at
/// `date`; `refit` and `refit_floor`: the fresh fits at `date` with the seed and the seed + 1),
/// `start`, `date`, `buyers` and `labels`. The buyers known at a date are a prefix of the
/// buyers ordered by first valid purchase; `labels` writes one character per buyer in that
/// order (`0`–`9`, `a`–`z`, `A`–`Z` for labels 0–61, `-` for noise), or, when a label is 62 or
/// more, the labels as integers separated by `.`.
/// The ARI of step (start, date) compares `initial` with `refit`; the floor compares
/// `refit` with `refit_floor`.
enum DriftLabelsExport {
    static let path = "data/drift-labels.csv"
    private static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    static func csv(_ result: DriftResult) -> [UInt8] {
        var out = Array("kind,start,date,buyers,labels\n".utf8)
        for labeling in result.labelings {
            out += Array("\(labeling.kind.rawValue),\(labeling.start.map(String.init) ?? ""),\(ResultsDocument.Drift.date(labeling.date)),\(labeling.labels.count),".utf8)
            if labeling.labels.allSatisfy({ $0 < alphabet.count }) {
                out.reserveCapacity(out.count + labeling.labels.count + 1)
                for label in labeling.labels { out.append(label < 0 ? UInt8(ascii: "-") : alphabet[label]) }
            } else {
                out += Array(labeling.labels.map(String.init).joined(separator: ".").utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}
