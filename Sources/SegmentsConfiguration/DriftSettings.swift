/// The `drift` section: how the ARI-over-time analysis steps through the data. Plain values,
/// mapped by the command onto the drift analysis's own configuration.
public struct DriftSettings: Sendable, Equatable {
    /// How far apart two steps are.
    public enum Step: String, Sendable, CaseIterable {
        case monthly
        case biweekly
        case weekly
    }

    /// Months of data the initial model is fitted on.
    public var initialMonths: Int
    /// Distance between two steps.
    public var step: Step
    /// Number of initial windows (the spread of the ARI curve).
    public var starts: Int
    /// Months between two initial windows' starts.
    public var startSpacingMonths: Int
    /// ARI below which the segments are due for a rebuild.
    public var threshold: Double
    /// A previous delivery's `data/model.json` to compare today's segments with, resolved
    /// against the configuration file's folder when relative; `--previous-model` overrides it.
    public var previousModel: String?

    public init(initialMonths: Int = 12, step: Step = .monthly, starts: Int = 3, startSpacingMonths: Int = 1, threshold: Double = 0.80, previousModel: String? = nil) {
        self.initialMonths = initialMonths
        self.step = step
        self.starts = starts
        self.startSpacingMonths = startSpacingMonths
        self.threshold = threshold
        self.previousModel = previousModel
    }
}
