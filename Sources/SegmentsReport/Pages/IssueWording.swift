import SegmentsLoading

/// Plain-language names of data problems, in each language.
enum IssueWording {
    static func kind(_ kind: DataIssue.Kind, _ language: ReportLanguage) -> String {
        switch (kind, language) {
        case (.wrongFieldCount, .en): return "Wrong number of fields (row rejected)"
        case (.wrongFieldCount, .fr): return "Nombre de champs incorrect (ligne rejetée)"
        case (.missingValue, .en): return "Required value missing (row rejected)"
        case (.missingValue, .fr): return "Valeur obligatoire absente (ligne rejetée)"
        case (.invalidNumber, .en): return "Unparsable number"
        case (.invalidNumber, .fr): return "Nombre illisible"
        case (.invalidTimestamp, .en): return "Unparsable date"
        case (.invalidTimestamp, .fr): return "Date illisible"
        case (.implausibleValue, .en): return "Implausible value (row rejected, or date kept as missing)"
        case (.implausibleValue, .fr): return "Valeur invraisemblable (ligne rejetée, ou date gardée comme manquante)"
        case (.unknownValue, .en): return "Unknown code (kept as “other”)"
        case (.unknownValue, .fr): return "Code inconnu (gardé comme « autre »)"
        case (.duplicateKey, .en): return "Duplicate key"
        case (.duplicateKey, .fr): return "Clé en double"
        case (.unknownReference, .en): return "Reference to an unknown key (orphan)"
        case (.unknownReference, .fr): return "Référence à une clé inconnue (orpheline)"
        case (.unreferencedRow, .en): return "Row nothing refers to"
        case (.unreferencedRow, .fr): return "Ligne à laquelle rien ne renvoie"
        }
    }

    /// A join in plain words: `order_id of olist_order_items_dataset.csv → olist_orders_dataset.csv`.
    static func relation(_ relation: ReferenceCheck.Relation, _ language: ReportLanguage) -> String {
        let (file, column) = relation.source
        let target = relation.target.rawValue
        switch (relation.isReverse, language) {
        case (false, .en): return "\(file.rawValue) · \(column) found in \(target)"
        case (false, .fr): return "\(file.rawValue) · \(column) présent dans \(target)"
        case (true, .en): return "\(file.rawValue) · \(column) referred to by \(target)"
        case (true, .fr): return "\(file.rawValue) · \(column) référencé par \(target)"
        }
    }
}
