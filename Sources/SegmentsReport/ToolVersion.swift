/// The version of the tool, recorded in every report's provenance.
public enum ToolVersion {
    public static let current = "0.3.0"
}
