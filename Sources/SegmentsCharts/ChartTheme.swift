/// Sizes, colours and typography shared by every chart: a light, print-friendly look with
/// font sizes legible at print size (never below 11 px in a 720-wide view box).
public enum ChartTheme {
    /// Default view-box width; charts scale to their container's width.
    public static let width: Double = 720
    /// System font stack.
    public static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    /// Tick labels, legend entries, value labels.
    public static let fontSize: Double = 12
    /// The smallest text (entity key columns, cell values in dense heatmaps).
    public static let smallFontSize: Double = 11
    /// Axis titles and panel titles.
    public static let titleFontSize: Double = 13
    /// Main text colour (near black).
    public static let textColor = "#222222"
    /// Secondary text colour for tick labels (contrast ratio ≥ 7 on white).
    public static let mutedTextColor = "#555555"
    /// Gridlines.
    public static let gridColor = "#e3e3e3"
    /// Axis baselines and ticks.
    public static let axisColor = "#9a9a9a"
    /// Fill of the plot background and label halos.
    public static let background = "#ffffff"
    /// Fill for missing cells.
    public static let missingFill = "#f0f0f0"

    /// Estimated width of `text` at `fontSize` in the system sans-serif font. Deliberately a
    /// little generous, so that text fitted with it is not clipped.
    public static func estimatedWidth(of text: String, fontSize: Double = fontSize) -> Double {
        var units = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "I", "!", ".", ",", ":", ";", "'", "|", "\u{202F}", "\u{00A0}", " ": units += 0.3
            case "f", "t", "r", "(", ")", "[", "]", "-", "\u{2212}": units += 0.4
            case "m", "w", "M", "W", "%", "@": units += 0.9
            case _ where character.isUppercase: units += 0.72
            case _ where character.isNumber: units += 0.6
            default: units += 0.6
            }
        }
        return units * fontSize
    }

    /// `text` shortened with an ellipsis so that its estimated width fits `maxWidth`.
    /// - Returns: The text unchanged when it fits, otherwise a prefix followed by `…`.
    public static func truncated(_ text: String, toWidth maxWidth: Double, fontSize: Double = fontSize) -> String {
        guard estimatedWidth(of: text, fontSize: fontSize) > maxWidth else { return text }
        var prefix = ""
        for character in text {
            let candidate = prefix + String(character)
            if estimatedWidth(of: candidate + "…", fontSize: fontSize) > maxWidth { break }
            prefix = candidate
        }
        while prefix.last == " " { prefix.removeLast() }
        return prefix + "…"
    }
}
