import SegmentsAnalytics

/// The drift page's comparison with a previous delivery: the old → new matrix of today's
/// buyers, the ARI between the two models and which segments grew or shrank. Figures come
/// from `SegmentTransition` as exported to `results.json` → `transitions`.
extension DriftPage {
    var transitions: [DriftPageModel.Transition] {
        guard let previous else { return [] }
        let t = previous.transition
        let growth = ResultsDocument.Transitions.growth(previous)
        let grew = growth.filter { $0.change > 0 }.count
        let shrank = growth.filter { $0.change < 0 }.count
        let paragraphs = [
            words(
                "drift.previous.text",
                [
                    "file": previous.file, "version": previous.model.toolVersion, "buyers": language.integer(t.buyers),
                    "ari": ari(t.ari),
                ]),
            words(t.ari >= 0.8 ? "drift.previous.stable" : "drift.previous.moved", ["ari": ari(t.ari)]),
            words(
                "drift.previous.growth",
                [
                    "grew": words.counted("drift.previous.grew", grew, count: language.integer(grew)),
                    "shrank": words.counted("drift.previous.shrank", shrank, count: language.integer(shrank)),
                ]),
        ]
        let rows = t.oldSegments.enumerated().map { i, old in
            DriftPageModel.TransitionRow(
                segment: label(old, name: previous.oldName(old)),
                cells: t.newSegments.indices.map { language.integer(t.count(old: i, new: $0)) },
                total: language.integer(t.oldSizes[i]))
        }
        return [
            DriftPageModel.Transition(
                paragraphs: paragraphs, columns: t.newSegments.map { label($0, name: previous.newName($0)) }, rows: rows,
                totals: t.newSizes.map(language.integer), total: language.integer(t.buyers),
                growth: growth.map {
                    DriftPageModel.GrowthRow(
                        segment: growthLabel($0),
                        old: language.integer($0.oldBuyers), new: language.integer($0.newBuyers),
                        change: ($0.change > 0 ? "+" : "") + language.integer($0.change), class: $0.change < 0 ? "warn" : "")
                })
        ]
    }

    /// The segment's name, with its number under each model (`Segment 3 → Segment 1`).
    func growthLabel(_ row: ResultsDocument.Transitions.Growth) -> String {
        if row.oldCluster.map({ $0 < 0 }) ?? false || row.newCluster.map({ $0 < 0 }) ?? false { return words("drift.noise") }
        let numbers = [row.oldCluster, row.newCluster].map { cluster in
            cluster.map { words("drift.segment", ["number": language.integer($0 + 1)]) } ?? "–"
        }
        return row.name + " (" + numbers.joined(separator: " → ") + ")"
    }

    /// `Segment 2 (name)`, or the noise's word.
    func label(_ cluster: Int, name: String) -> String {
        guard cluster >= 0 else { return words("drift.noise") }
        let number = words("drift.segment", ["number": language.integer(cluster + 1)])
        return name.isEmpty ? number : number + " (" + name + ")"
    }
}
