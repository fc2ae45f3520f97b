/// The profile of one segment of the chosen model: who is in it and how it differs.
public struct SegmentProfile: Sendable, Equatable {
    /// Cluster label (`0..<clusters`).
    public let id: Int
    public let buyers: Int
    /// Share of all buyers (noise included in the total).
    public let share: Double
    /// Share of all buyers' paid value (`BuyerSummary.monetary`).
    public let revenueShare: Double
    /// Per feature of the set, the mean raw value in its unit (days, orders, R$, stars,
    /// days late, installments, share, categories, items), missing values skipped; NaN when
    /// no buyer of the segment has one.
    public let rawMeans: [Double]
    /// Per feature, the mean of the standardised column (the centroid in scaled units).
    public let centroid: [Double]
    /// Per feature, the percentile rank (0–1) of the segment's mean on the feature's
    /// clustering scale (after its transform: log1p for skewed values) among all buyers'
    /// values on that scale: (buyers below + half the buyers equal) / buyers with a value.
    /// The transform is monotone, so this is also a rank among the raw values; taking the
    /// mean after it keeps a few very large baskets from ranking a whole segment as big
    /// spenders (the raw mean of a skewed feature sits above most buyers' values).
    public let radar: [Double]
    /// Buyers per RFM segment, in `RFMSegment.allCases` order.
    public let rfmMix: [Int]
    /// `rfmMix` as shares of the segment's buyers (0 for an empty segment).
    public var rfmMixShares: [Double] { rfmMix.map { buyers > 0 ? Double($0) / Double(buyers) : 0 } }
    /// Mean silhouette of the segment's buyers.
    public let meanSilhouette: Double
    /// Name identifiers and suggested action.
    public let name: SegmentName
}

/// The chosen model explained: one profile per segment.
public struct SegmentationProfile: Sendable, Equatable {
    /// The features profiled, in column order.
    public let features: [BuyerFeature]
    public let segments: [SegmentProfile]
    /// Buyers labelled noise (DBSCAN).
    public let noiseBuyers: Int

    /// Profiles the segments of `chosen`.
    /// - Parameters:
    ///   - chosen: the chosen model of a search.
    ///   - buyers: the per-buyer aggregates its matrix was built from (same rows).
    ///   - rfm: RFM scores of the same buyers.
    /// - Complexity: O(n·d log n) for the percentile ranks.
    public init(_ chosen: ModelSearchResult.Chosen, buyers: BuyerSummary, rfm: RFMResult) {
        let features = chosen.features.featureSet.features
        let labels = chosen.labels
        let n = labels.count
        precondition(buyers.count == n && rfm.count == n, "profile rows mismatch")
        let k = (labels.max() ?? -1) + 1
        let raw = features.map { $0.values(buyers) }
        let scaled = zip(features, raw).map { feature, values in values.map { $0.isNaN ? .nan : feature.transform($0) } }
        let sortedScaled = scaled.map { $0.filter { !$0.isNaN }.sorted() }
        let d = features.count
        let totalRevenue = buyers.monetary.reduce(0, +)
        var members = [[Int]](repeating: [], count: k)
        for (row, label) in labels.enumerated() where label >= 0 { members[label].append(row) }
        let rfmIndex = Dictionary(uniqueKeysWithValues: RFMSegment.allCases.enumerated().map { ($1, $0) })
        var partial: [(rawMeans: [Double], centroid: [Double], radar: [Double], mix: [Int], silhouette: Double, revenue: Double)] = []
        var traits: [[SegmentTrait]] = []
        for rows in members {
            var rawMeans: [Double] = []
            var centroid: [Double] = []
            var radar: [Double] = []
            for j in 0..<d {
                rawMeans.append(BuyerSummary.mean(rows.map { raw[j][$0] }))
                centroid.append(rows.reduce(0) { $0 + chosen.features.matrix[$1, j] } / Double(max(rows.count, 1)))
                radar.append(Self.percentileRank(BuyerSummary.mean(rows.map { scaled[j][$0] }), sorted: sortedScaled[j]))
            }
            var mix = [Int](repeating: 0, count: RFMSegment.allCases.count)
            for row in rows { mix[rfmIndex[rfm.segments[row]]!] += 1 }
            // Rows outside a sampled silhouette's sample are NaN (`SampledSilhouette`).
            let scored = rows.filter { !chosen.silhouetteValues[$0].isNaN }
            let silhouette = scored.reduce(0) { $0 + chosen.silhouetteValues[$1] } / Double(max(scored.count, 1))
            let revenue = rows.reduce(0) { $0 + buyers.monetary[$1] }
            partial.append((rawMeans, centroid, radar, mix, silhouette, revenue))
            traits.append(features.indices.compactMap { SegmentTrait.of(features[$0], radar: radar[$0], mean: rawMeans[$0]) })
        }
        let names = SegmentName.distinct(traits: traits, sizes: members.map(\.count))
        self.features = features
        segments = (0..<k).map { c in
            SegmentProfile(
                id: c, buyers: members[c].count, share: Double(members[c].count) / Double(n),
                revenueShare: totalRevenue > 0 ? partial[c].revenue / totalRevenue : 0,
                rawMeans: partial[c].rawMeans, centroid: partial[c].centroid, radar: partial[c].radar,
                rfmMix: partial[c].mix, meanSilhouette: partial[c].silhouette, name: names[c])
        }
        noiseBuyers = labels.count { $0 == -1 }
    }

    /// (values below `x` + half the values equal to it) / count; NaN for NaN or no values.
    /// Values within a relative 1e-9 of `x` count as equal, so that the mean of many equal
    /// values (log1p(1) for one-order buyers), which rounding leaves a hair off the value
    /// itself, still ranks among its ties instead of above or below all of them.
    static func percentileRank(_ x: Double, sorted: [Double]) -> Double {
        guard !x.isNaN, !sorted.isEmpty else { return .nan }
        let tolerance = 1e-9 * max(1, x.magnitude)
        let below = firstIndex(in: sorted) { $0 >= x - tolerance }
        let notAbove = firstIndex(in: sorted) { $0 > x + tolerance }
        return (Double(below) + Double(notAbove - below) / 2) / Double(sorted.count)
    }

    /// First index where `predicate` (monotone false → true) holds.
    private static func firstIndex(in sorted: [Double], where predicate: (Double) -> Bool) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if predicate(sorted[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
