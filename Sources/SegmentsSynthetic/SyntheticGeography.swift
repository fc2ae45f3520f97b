import SegmentsCore
import SegmentsLoading

/// The Brazilian states and cities of the synthetic buyers and sellers: real state shares of
/// Olist's buyers and sellers, real mean delivery times per state, and a handful of real
/// cities per state with their zip-code-prefix ranges and coordinates.
enum SyntheticGeography {
    /// The five Brazilian regions (freight and delivery times grow with distance).
    enum Region: Int, Sendable {
        case southeast, south, centerWest, northeast, north
    }

    /// One state: its share of Olist buyers and sellers and its mean delivery time.
    struct State: Sendable {
        let code: String
        let region: Region
        /// Olist customers living there (relative weight).
        let buyers: Double
        /// Olist sellers based there (relative weight).
        let sellers: Double
        /// Mean days from purchase to delivery in the real data.
        let deliveryDays: Double
    }

    /// One city: the state it belongs to, its zip prefixes, weight within the state, centre.
    struct City: Sendable {
        let name: String
        let state: Int
        let zipPrefixes: ClosedRange<Int>
        let weight: Double
        let latitude: Double
        let longitude: Double
    }

    static let states: [State] = [
        State(code: "SP", region: .southeast, buyers: 41746, sellers: 1849, deliveryDays: 8.3),
        State(code: "RJ", region: .southeast, buyers: 12852, sellers: 171, deliveryDays: 14.8),
        State(code: "MG", region: .southeast, buyers: 11635, sellers: 244, deliveryDays: 11.5),
        State(code: "RS", region: .south, buyers: 5466, sellers: 129, deliveryDays: 14.8),
        State(code: "PR", region: .south, buyers: 5045, sellers: 349, deliveryDays: 11.5),
        State(code: "SC", region: .south, buyers: 3637, sellers: 190, deliveryDays: 14.5),
        State(code: "BA", region: .northeast, buyers: 3380, sellers: 19, deliveryDays: 18.9),
        State(code: "DF", region: .centerWest, buyers: 2140, sellers: 30, deliveryDays: 12.5),
        State(code: "ES", region: .southeast, buyers: 2033, sellers: 23, deliveryDays: 15.3),
        State(code: "GO", region: .centerWest, buyers: 2020, sellers: 40, deliveryDays: 15.2),
        State(code: "PE", region: .northeast, buyers: 1652, sellers: 9, deliveryDays: 18.0),
        State(code: "CE", region: .northeast, buyers: 1336, sellers: 13, deliveryDays: 20.8),
        State(code: "PA", region: .north, buyers: 975, sellers: 1, deliveryDays: 23.3),
        State(code: "MT", region: .centerWest, buyers: 907, sellers: 4, deliveryDays: 17.6),
        State(code: "MA", region: .northeast, buyers: 747, sellers: 1, deliveryDays: 21.1),
        State(code: "MS", region: .centerWest, buyers: 715, sellers: 5, deliveryDays: 15.2),
        State(code: "PB", region: .northeast, buyers: 536, sellers: 6, deliveryDays: 19.9),
        State(code: "PI", region: .northeast, buyers: 495, sellers: 1, deliveryDays: 18.9),
        State(code: "RN", region: .northeast, buyers: 485, sellers: 5, deliveryDays: 18.8),
        State(code: "AL", region: .northeast, buyers: 413, sellers: 0, deliveryDays: 24.0),
        State(code: "SE", region: .northeast, buyers: 350, sellers: 2, deliveryDays: 21.0),
        State(code: "TO", region: .north, buyers: 280, sellers: 0, deliveryDays: 17.2),
        State(code: "RO", region: .north, buyers: 253, sellers: 2, deliveryDays: 18.9),
        State(code: "AM", region: .north, buyers: 148, sellers: 1, deliveryDays: 25.9),
        State(code: "AC", region: .north, buyers: 81, sellers: 1, deliveryDays: 21.0),
        State(code: "AP", region: .north, buyers: 68, sellers: 0, deliveryDays: 26.7),
        State(code: "RR", region: .north, buyers: 46, sellers: 0, deliveryDays: 29.0),
    ]

    /// The state index of a two-letter code, if it is one of the 27.
    static func stateIndex(of code: String) -> Int? {
        states.firstIndex { $0.code == code }
    }

    /// How far apart two places are for freight: 0 same state, 1 same region, 2 or 3 beyond.
    static func distanceClass(from seller: Int, to buyer: Int) -> Int {
        seller == buyer ? 0 : regionDistance[states[seller].region.rawValue][states[buyer].region.rawValue]
    }

    /// Distance classes between regions (southeast, south, centre-west, northeast, north).
    private static let regionDistance: [[Int]] = [
        [1, 2, 2, 2, 3],
        [2, 1, 2, 3, 3],
        [2, 2, 1, 3, 2],
        [2, 3, 3, 1, 2],
        [3, 3, 2, 2, 1],
    ]

    /// The cities of each state, by state index.
    static let citiesByState: [[Int]] = states.indices.map { state in
        cities.indices.filter { cities[$0].state == state }
    }

    /// Draws a city (index into `cities`) of the given state by weight.
    static let cityWeights: [SyntheticWeights] = citiesByState.map { members in
        SyntheticWeights(members.map { cities[$0].weight })
    }

    /// A buyer's or seller's address: state, city and a zip prefix inside the city's range.
    /// Some prefixes are much more populated than others (a fixed popularity per prefix), so
    /// buyers cluster in fewer prefixes, as in Olist (15,000 prefixes for 99,441 customers).
    static func address(state: Int, using random: inout SyntheticRandom) -> (city: Int, zipPrefix: Int) {
        let city = citiesByState[state][random.pick(cityWeights[state])]
        let range = cities[city].zipPrefixes
        var prefix: Int
        repeat {
            prefix = random.integer(in: range)
        } while random.unit() > popularity(ofZipPrefix: prefix)
        return (city, prefix)
    }

    /// How populated a zip prefix is, in (0.003, 1]: a fixed, heavily skewed function of the
    /// prefix (a hash), independent of the seed.
    static func popularity(ofZipPrefix prefix: Int) -> Double {
        var mixer = SplitMix64(seed: UInt64(prefix))
        let unit = Double(mixer.next() >> 11) * 0x1.0p-53
        let square = unit * unit
        let fourth = square * square
        return 0.003 + 0.997 * fourth * fourth
    }

    /// A zip prefix written as Olist does: five digits with leading zeros.
    static func zipText(_ prefix: Int) -> String {
        let digits = String(prefix)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
