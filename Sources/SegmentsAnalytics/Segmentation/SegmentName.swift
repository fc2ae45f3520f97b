/// A segment's name as identifiers: its leading traits, an ordinal when needed to keep names
/// distinct, and one suggested action. The report words them in each language.
///
/// **Naming.** The segment's traits (`SegmentTrait`) are listed in feature order (recency,
/// monetary, frequency, review, delivery, installments, freight, categories, items); the name
/// is the first three, or `typical` when there is none.
///
/// **Distinct names.** Segments whose names collide get one more of their own traits until
/// they differ or have no trait left; segments still sharing a name are numbered by size,
/// the largest keeping the plain name and the next ones `ordinal` 2, 3…
public struct SegmentName: Sendable, Equatable, Hashable {
    /// The traits in the name (empty for `typical`).
    public let traits: [SegmentTrait]
    /// 2, 3… for the second, third… segment sharing the same traits; nil otherwise.
    public let ordinal: Int?
    /// Every trait of the segment, in feature order.
    public let allTraits: [SegmentTrait]
    /// The suggested action.
    public let action: SegmentAction

    /// The name as one identifier: traits joined by `-` (`recent-big_spender-satisfied`),
    /// `typical` without traits, `-2`, `-3`… appended for an ordinal.
    public var identifier: String {
        let base = traits.isEmpty ? "typical" : traits.map(\.rawValue).joined(separator: "-")
        return ordinal.map { "\(base)-\($0)" } ?? base
    }

    /// Distinct names for segments with these traits (in feature order) and sizes.
    /// - Complexity: O(s² · t) for s segments and t traits.
    static func distinct(traits: [[SegmentTrait]], sizes: [Int], length: Int = 3) -> [SegmentName] {
        var lengths = traits.map { min(length, $0.count) }
        func name(_ i: Int) -> [SegmentTrait] { Array(traits[i].prefix(lengths[i])) }
        while true {
            // Every clashing segment that can grows by one trait, all in the same round.
            let growing = traits.indices.filter { i in
                lengths[i] < traits[i].count && traits.indices.contains { $0 != i && name($0) == name(i) }
            }
            if growing.isEmpty { break }
            for i in growing { lengths[i] += 1 }
        }
        var ordinals = [Int?](repeating: nil, count: traits.count)
        for i in traits.indices {
            let same = traits.indices.filter { name($0) == name(i) }
            guard same.count > 1 else { continue }
            let bySize = same.sorted { (sizes[$0], -$0) > (sizes[$1], -$1) }
            let position = bySize.firstIndex(of: i)!
            ordinals[i] = position == 0 ? nil : position + 1
        }
        return traits.indices.map { i in
            SegmentName(traits: name(i), ordinal: ordinals[i], allTraits: traits[i], action: SegmentAction(traits: Set(traits[i])))
        }
    }
}
