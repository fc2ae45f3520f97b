import Foundation

/// Where a report comes from, shown in every page's footer and on the overview page.
public struct Provenance: Sendable {
    /// Version of the tool that generated the site.
    public var toolVersion: String
    /// When the site was generated: now, or `SOURCE_DATE_EPOCH` when pinned.
    public var generatedAt: Date
    /// Whether the clock is pinned (`SOURCE_DATE_EPOCH`): measured durations are then left
    /// out so that the same input gives a byte-identical site.
    public var clockPinned: Bool
    /// Wall time of the run up to rendering, in seconds; `nil` when pinned.
    public var runSeconds: Double?
    /// Seed of every random choice of the run.
    public var seed: UInt64
    /// The data: a folder path or a description of the synthetic dataset.
    public var origin: String

    public init(
        toolVersion: String, generatedAt: Date, clockPinned: Bool, runSeconds: Double?, seed: UInt64, origin: String
    ) {
        self.toolVersion = toolVersion
        self.generatedAt = generatedAt
        self.clockPinned = clockPinned
        self.runSeconds = clockPinned ? nil : runSeconds
        self.seed = seed
        self.origin = origin
    }
}
