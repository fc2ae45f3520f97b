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

    /// The geolocation file for a history, scaled to its number of buyers.
    static func file(history: SyntheticHistory, catalogue: SyntheticCatalogue, seed: UInt64) -> [UInt8] {
        var random = SyntheticRandom(seed: seed, stream: 7)
        let scale = Double(history.buyers.count) / fullScaleBuyers
        var places = SyntheticGeography.cities.map { city in
            Place(city: city.name, state: SyntheticGeography.states[city.state].code, latitude: city.latitude, longitude: city.longitude)
        }
        var placeOfPrefix = [Int](repeating: -1, count: 100_000)
        var used = 0
        func mark(_ prefix: Int, _ place: Int) {
            guard placeOfPrefix.indices.contains(prefix), placeOfPrefix[prefix] < 0 else { return }
            placeOfPrefix[prefix] = place
            used += 1
        }
        for buyer in history.buyers { mark(buyer.zipPrefix, buyer.city) }
        for seller in catalogue.sellers {
            guard let prefix = Int(seller.zipCodePrefix), placeOfPrefix.indices.contains(prefix), placeOfPrefix[prefix] < 0 else { continue }
            if let city = SyntheticGeography.cities.firstIndex(where: { $0.name == seller.city && SyntheticGeography.states[$0.state].code == seller.state }) {
                mark(prefix, city)
            } else {
                let state = SyntheticGeography.stateIndex(of: seller.state) ?? 0
                let capital = SyntheticGeography.cities[SyntheticGeography.citiesByState[state][0]]
                places.append(Place(
                    city: seller.city, state: seller.state,
                    latitude: capital.latitude + random.uniform(-0.8, 0.8), longitude: capital.longitude + random.uniform(-0.8, 0.8)))
                mark(prefix, places.count - 1)
            }
        }
        let stateWeights = SyntheticWeights(SyntheticGeography.states.map(\.buyers))
        let wantedPrefixes = Int(fullScalePrefixes * scale)
        var attempts = 0
        while used < wantedPrefixes && attempts < 20 * wantedPrefixes {
            attempts += 1
            let address = SyntheticGeography.address(state: random.pick(stateWeights), using: &random)
            mark(address.zipPrefix, address.city)
        }
        let prefixes = placeOfPrefix.indices.filter { placeOfPrefix[$0] >= 0 }
        let weights = prefixes.map { _ in random.logNormal(median: 1, sigma: 1.1) }
        let rows = fullScaleRows / fullScalePrefixes * Double(prefixes.count)
        let rowsPerWeight = rows / max(1, weights.reduce(0, +))
        var buffer = SyntheticCSVBuffer(
            columns: ["geolocation_zip_code_prefix", "geolocation_lat", "geolocation_lng", "geolocation_city", "geolocation_state"],
            rows: Int(rows), bytesPerRow: 70)
        for (prefix, weight) in zip(prefixes, weights) {
            let place = places[placeOfPrefix[prefix]]
            let zipText = SyntheticGeography.zipText(prefix)
            let latitude = place.latitude + 0.04 * random.normal()
            let longitude = place.longitude + 0.04 * random.normal()
            for _ in 0..<max(1, Int((weight * rowsPerWeight).rounded())) {
                let jitter = random.normalPair()
                buffer.text(zipText)
                buffer.coordinate(latitude + 0.006 * jitter.0)
                buffer.coordinate(longitude + 0.006 * jitter.1)
                buffer.text(place.city)
                buffer.text(place.state)
                buffer.endRow()
            }
        }
        return buffer.bytes
    }
}
