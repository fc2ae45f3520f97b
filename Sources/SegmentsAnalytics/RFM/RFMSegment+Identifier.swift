extension RFMSegment {
    /// A stable snake_case identifier for exports: `potential_loyalists`, `cannot_lose_them`.
    public var identifier: String {
        var result = ""
        for character in rawValue {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
