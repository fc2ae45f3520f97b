/// `data/transitions.csv`: today's buyers by previous segment and today's segment, one line
/// per pair (zero counts included): `old_cluster,old_segment,new_cluster,new_segment,buyers`,
/// cluster −1 for DBSCAN noise, names as identifiers.
enum TransitionsExport {
    static let path = "data/transitions.csv"
    static let header = ["old_cluster", "old_segment", "new_cluster", "new_segment", "buyers"]

    static func csv(_ previous: PreviousDelivery) -> [UInt8] {
        let t = previous.transition
        var csv = CSVText(header: header)
        for (i, old) in t.oldSegments.enumerated() {
            for (j, new) in t.newSegments.enumerated() {
                csv.appendRow([
                    String(old), previous.oldName(old), String(new), previous.newName(new), String(t.count(old: i, new: j)),
                ])
            }
        }
        return csv.bytes
    }
}
