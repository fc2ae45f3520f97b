import SegmentsLoading

/// `olist_geolocation_dataset.csv`: many coordinate rows per zip prefix, scattered around
/// the city centres. It covers every buyer's and seller's prefix plus others of the same
/// cities, at least as many prefixes as Olist's 19,015 scaled to the number of buyers, with
/// Olist's 52.6 rows per prefix on average (1,000,163 rows at full scale).
enum SyntheticGeolocation {
    static let fullScaleBuyers = 96_096.0
    static let fullScaleRows = 1_000_163.0
    static let fullScalePrefixes = 19_015.0

    /// Where a prefix lies: a city name, its state code and its centre.
    private struct Place {
        var city: String
        var state: String
        var latitude: Double
        var longitude: Double
    }

    /// The places and which place each zip prefix (0…99999) belongs to, if any.
    private struct PrefixMap {
        var places: [Place]
        var placeOfPrefix = [Int](repeating: -1, count: 100_000)
        var count = 0

        init() {
            places = SyntheticGeography.cities.map { city in
                Place(city: city.name, state: SyntheticGeography.states[city.state].code, latitude: city.latitude, longitude: city.longitude)
            }
        }

        /// Whether a prefix already has a place (prefixes outside 0…99999 count as taken).
        func isTaken(_ prefix: Int) -> Bool {
            !placeOfPrefix.indices.contains(prefix) || placeOfPrefix[prefix] >= 0
        }

        /// Gives a free prefix a place.
        mutating func assign(_ prefix: Int, to place: Int) {
            guard !isTaken(prefix) else { return }
            placeOfPrefix[prefix] = place
            count += 1
        }
    }

    /// The geolocation file for a history, scaled to its number of buyers.
    static func file(history: SyntheticHistory, catalogue: SyntheticCatalogue, seed: UInt64) -> [UInt8] {
        var random = SyntheticRandom(seed: seed, stream: 7)
        let map = prefixMap(history: history, catalogue: catalogue, using: &random)
        let prefixes = map.placeOfPrefix.indices.filter { map.placeOfPrefix[$0] >= 0 }
        let weights = prefixes.map { _ in random.logNormal(median: 1, sigma: 1.1) }
        let rows = fullScaleRows / fullScalePrefixes * Double(prefixes.count)
        let rowsPerWeight = rows / max(1, weights.reduce(0, +))
        var buffer = SyntheticCSVBuffer(
            columns: ["geolocation_zip_code_prefix", "geolocation_lat", "geolocation_lng", "geolocation_city", "geolocation_state"],
            rows: Int(rows), bytesPerRow: 70)
        for (prefix, weight) in zip(prefixes, weights) {
            let place = map.places[map.placeOfPrefix[prefix]]
            let zipText = SyntheticGeography.zipText(prefix)
            let (latitude, longitude) = random.normalPair()
            for _ in 0..<max(1, Int((weight * rowsPerWeight).rounded())) {
                let jitter = random.normalPair()
                buffer.text(zipText)
                buffer.coordinate(place.latitude + 0.04 * latitude + 0.006 * jitter.0)
                buffer.coordinate(place.longitude + 0.04 * longitude + 0.006 * jitter.1)
                buffer.text(place.city)
                buffer.text(place.state)
                buffer.endRow()
            }
        }
        return buffer.bytes
    }

    /// The prefixes of the buyers, of the sellers (in their own city, or near their state's
    /// capital when the city is not in `SyntheticGeography`) and enough others.
    private static func prefixMap(history: SyntheticHistory, catalogue: SyntheticCatalogue, using random: inout SyntheticRandom) -> PrefixMap {
        var map = PrefixMap()
        for buyer in history.buyers { map.assign(buyer.zipPrefix, to: buyer.city) }
        var knownCities: [String: Int] = [:]
        for (index, city) in SyntheticGeography.cities.enumerated().reversed() {
            knownCities[city.name + "|" + SyntheticGeography.states[city.state].code] = index
        }
        for seller in catalogue.sellers {
            guard let prefix = Int(seller.zipCodePrefix), !map.isTaken(prefix) else { continue }
            if let city = knownCities[seller.city + "|" + seller.state] {
                map.assign(prefix, to: city)
            } else {
                let state = SyntheticGeography.stateIndex(of: seller.state) ?? 0
                let capital = SyntheticGeography.cities[SyntheticGeography.citiesByState[state][0]]
                map.places.append(Place(
                    city: seller.city, state: seller.state,
                    latitude: capital.latitude + random.uniform(-0.8, 0.8), longitude: capital.longitude + random.uniform(-0.8, 0.8)))
                map.assign(prefix, to: map.places.count - 1)
            }
        }
        let stateWeights = SyntheticWeights(SyntheticGeography.states.map(\.buyers))
        let wanted = Int(fullScalePrefixes * Double(history.buyers.count) / fullScaleBuyers)
        var attempts = 0
        while map.count < wanted && attempts < 20 * wanted {
            attempts += 1
            let address = SyntheticGeography.address(state: random.pick(stateWeights), using: &random)
            map.assign(address.zipPrefix, to: address.city)
        }
        return map
    }
}
