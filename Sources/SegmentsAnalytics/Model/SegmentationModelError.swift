/// Why a saved model cannot score.
public enum SegmentationModelError: Error, Equatable, CustomStringConvertible {
    /// A feature this version of the tool does not compute.
    case unknownFeature(String)
    /// A feature's saved transform is not the one this version applies.
    case transformMismatch(feature: String, saved: String, current: String)
    /// An assignment rule this version does not know.
    case unknownRule(String)
    /// Rows and model disagree in size.
    case shape(String)

    public var description: String {
        switch self {
        case .unknownFeature(let name): "unknown feature \"\(name)\""
        case .transformMismatch(let feature, let saved, let current):
            "feature \(feature) was saved with transform \"\(saved)\", this version uses \"\(current)\""
        case .unknownRule(let rule): "unknown assignment rule \"\(rule)\""
        case .shape(let message): message
        }
    }
}
