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
        /// A segment number present on both sides, with its size under each model.
        struct Growth: Encodable {
            var cluster: Int
            var oldName: String
            var newName: String
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

        /// Every cluster number of either side, its size under each model (0 when absent).
        static func growth(_ previous: PreviousDelivery) -> [Growth] {
            let t = previous.transition
            let oldSize = Dictionary(uniqueKeysWithValues: zip(t.oldSegments, t.oldSizes))
            let newSize = Dictionary(uniqueKeysWithValues: zip(t.newSegments, t.newSizes))
            return Set(t.oldSegments + t.newSegments).sorted().map { cluster in
                let before = oldSize[cluster] ?? 0
                let after = newSize[cluster] ?? 0
                return Growth(
                    cluster: cluster, oldName: previous.oldName(cluster), newName: previous.newName(cluster),
                    oldBuyers: before, newBuyers: after, change: after - before)
            }
        }
    }
}
