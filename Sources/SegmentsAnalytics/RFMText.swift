/// A short text in both report languages (the analytics layer has no notion of the report's
/// language; the report picks one).
public struct RFMText: Sendable, Hashable, Codable {
    /// English text.
    public let english: String
    /// French text.
    public let french: String

    public init(english: String, french: String) {
        self.english = english
        self.french = french
    }
}
