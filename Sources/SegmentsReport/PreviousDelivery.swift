import SegmentsAnalytics

/// A previous delivery compared with today's (`--previous-model`): its model file, and how
/// today's buyers move from the segments it assigns them to today's segments
/// (drift.html, `results.json` → `transitions`, `data/transitions.csv`).
public struct PreviousDelivery: Sendable {
    /// The model file as given.
    public var file: String
    /// The previous model.
    public var model: SegmentationModel
    /// Old segment (rows) → new segment (columns) of today's buyers.
    public var transition: SegmentTransition
    /// Today's segment names (identifiers) by cluster.
    public var newNames: [String]

    public init(file: String, model: SegmentationModel, transition: SegmentTransition, newNames: [String]) {
        self.file = file
        self.model = model
        self.transition = transition
        self.newNames = newNames
    }

    /// The old model's name identifier of a cluster (empty for noise or an unnamed one).
    public func oldName(_ cluster: Int) -> String {
        model.segments.first { $0.cluster == cluster }?.name ?? ""
    }

    /// Today's name identifier of a cluster (empty for noise).
    public func newName(_ cluster: Int) -> String {
        newNames.indices.contains(cluster) ? newNames[cluster] : ""
    }
}
