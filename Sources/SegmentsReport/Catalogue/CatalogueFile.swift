import SegmentsCharts

/// The JSON of a catalogue file: a `locale` object (``LanguageConventions``) and every
/// other key a text.
struct CatalogueFile: Decodable {
    var locale: LanguageConventions
    var entries: [String: String]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var entries: [String: String] = [:]
        for key in container.allKeys where key.stringValue != "locale" {
            entries[key.stringValue] = try container.decode(String.self, forKey: key)
        }
        self.entries = entries
        locale = try container.decode(LanguageConventions.self, forKey: Key(stringValue: "locale"))
    }
}
