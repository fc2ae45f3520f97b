/// Colours for many series or segments.
extension Palette {
    /// The colour of series or segment `index` (negative indexes cycle from the end).
    ///
    /// Indexes 0–7 are the Okabe–Ito colours of ``categorical``. Past eight, a documented
    /// extension: indexes 8–15 are the same eight hues darkened (mixed 45 % with black; black
    /// itself becomes mid grey), so that each stays distinct from its base colour in lightness
    /// as well as in hue; charts also vary the marker shape, so that two series never rely on
    /// colour alone. Beyond 16 the sequence repeats.
    public static func series(_ index: Int) -> RGBColor {
        let count = categorical.count
        let wrapped = ((index % (2 * count)) + 2 * count) % (2 * count)
        let base = categorical[wrapped % count]
        guard wrapped >= count else { return base }
        return base == .black ? neutral : base.mixed(with: .black, 0.45)
    }

    /// The colour of links, lines and marks that belong to no series (above a cut, noise).
    public static let neutral = RGBColor(hex: 0x8C8C8C)
}

extension RGBColor {
    /// White, for lightening colours (`mixed(with: .white, t)`).
    public static let white = RGBColor(hex: 0xFFFFFF)
    /// Black, for darkening colours.
    public static let black = RGBColor(hex: 0x000000)
}
