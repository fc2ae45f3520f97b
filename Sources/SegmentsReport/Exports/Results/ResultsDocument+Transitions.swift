import SegmentsAnalytics

extension ResultsDocument {
    /// `transitions`: today's buyers assigned with a previous delivery's model (old) and with
    /// today's (new): segments of each side, the counts matrix old × new, the ARI between the
    /// two and how much each segment grew or shrank.
    struct Transitions: Encodable {
        struct Segment: Encodable {
            /// Cluster number, −1 for DBSCAN noise.
            var cluster: Int
            /// Name identifier (empty for noise).
            var name: String
            var buyers: Int
        }
        /// A segment matched by name across the two models (cluster numbers differ between
        /// fits): its size under each, 0 on the side that lacks it.
        struct Growth: Encodable {
            /// Name identifier (empty for DBSCAN noise).
            var name: String
            /// Cluster number under the previous model (absent when it lacks the name).
            var oldCluster: Int?
            /// Cluster number under today's model (absent when it lacks the name).
            var newCluster: Int?
            var oldBuyers: Int
            var newBuyers: Int
            /// `newBuyers − oldBuyers`.
            var change: Int
        }

        /// The model file compared.
        var previousModel: String
        var previousToolVersion: String
        var buyers: Int
        var ari: Double
        var old: [Segment]
        var new: [Segment]
        /// Rows: `old`, columns: `new`.
        var counts: [[Int]]
        var growth: [Growth]
        var file: String

        init(_ previous: PreviousDelivery) {
            let t = previous.transition
            previousModel = previous.file
            previousToolVersion = previous.model.toolVersion
            buyers = t.buyers
            ari = t.ari
            old = zip(t.oldSegments, t.oldSizes).map { Segment(cluster: $0, name: previous.oldName($0), buyers: $1) }
            new = zip(t.newSegments, t.newSizes).map { Segment(cluster: $0, name: previous.newName($0), buyers: $1) }
            counts = t.oldSegments.indices.map { i in t.newSegments.indices.map { t.count(old: i, new: $0) } }
            growth = Self.growth(previous)
            file = TransitionsExport.path
        }

        /// Every segment name of either side (today's order, then the previous model's others),
        /// its size under each model. Noise is matched with noise.
        static func growth(_ previous: PreviousDelivery) -> [Growth] {
            let t = previous.transition
            func key(_ cluster: Int, _ name: String) -> String { cluster < 0 ? "" : name.isEmpty ? "#\(cluster)" : name }
            var rows: [Growth] = []
            var index: [String: Int] = [:]
            for (cluster, size) in zip(t.newSegments, t.newSizes) {
                let name = key(cluster, previous.newName(cluster))
                if let i = index[name] {
                    rows[i].newBuyers += size
                } else {
                    index[name] = rows.count
                    rows.append(Growth(name: name, oldCluster: nil, newCluster: cluster, oldBuyers: 0, newBuyers: size, change: 0))
                }
            }
            for (cluster, size) in zip(t.oldSegments, t.oldSizes) {
                let name = key(cluster, previous.oldName(cluster))
                if let i = index[name] {
                    rows[i].oldBuyers += size
                    if rows[i].oldCluster == nil { rows[i].oldCluster = cluster }
                } else {
                    index[name] = rows.count
                    rows.append(Growth(name: name, oldCluster: cluster, newCluster: nil, oldBuyers: size, newBuyers: 0, change: 0))
                }
            }
            return rows.map { row in
                var row = row
                row.change = row.newBuyers - row.oldBuyers
                return row
            }
        }
    }
}
