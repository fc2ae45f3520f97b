import Testing
@testable import SegmentsLoading
@testable import SegmentsSynthetic

/// The main published Olist figures, measured on a generated sample (8,000 buyers), and the
/// behaviour shift of 2018. Tolerances allow for the sample's size.
@Suite("Synthetic Olist: calibration to the real figures and drift")
struct SyntheticCalibrationTests {
    let sample: SyntheticSample
    let buyers = 8_000.0

    init() throws {
        sample = try SyntheticSample.standard.get()
    }

    private func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(max(1, values.count))
    }

    private func percent(_ count: Int, of total: Int) -> Double {
        100 * Double(count) / Double(max(1, total))
    }

    @Test("orders per buyer and repeat buyers (Olist: 1.035 and 3.1 %)")
    func repeatBuyers() {
        let uniqueIDs = sample[.customers].column("customer_unique_id")
        var orders: [String: Int] = [:]
        for id in uniqueIDs { orders[id, default: 0] += 1 }
        #expect(abs(Double(uniqueIDs.count) / buyers - 1.0348) < 0.012)
        #expect(abs(percent(orders.values.count { $0 >= 2 }, of: orders.count) - 3.12) < 0.7)
        #expect(orders.values.count { $0 == 2 } > 5 * orders.values.count { $0 >= 3 })
    }

    @Test("items, prices, freight and paid value (Olist: 1.14, R$120.65, R$22.82, R$160.99)")
    func amounts() {
        let items = sample[.orderItems]
        let prices = items.column("price").compactMap(Double.init)
        let ordersWithItems = Set(items.column("order_id")).count
        #expect(abs(Double(items.rows.count) / Double(ordersWithItems) - 1.1417) < 0.03)
        #expect(abs(mean(prices) - 120.65) < 1.5)
        #expect(prices.sorted()[prices.count / 2] < 90)
        let freight = items.column("freight_value").compactMap(Double.init).reduce(0, +)
        #expect(abs(freight / Double(ordersWithItems) - 22.82) < 1)
        let payments = sample[.payments]
        let paid = payments.column("payment_value").compactMap(Double.init).reduce(0, +)
        #expect(abs(paid / Double(Set(payments.column("order_id")).count) - 160.99) < 5)
    }

    @Test("payment types (Olist rows: card 74 %, boleto 19 %, voucher 5.6 %, debit 1.5 %)")
    func paymentTypes() {
        let types = sample[.payments].column("payment_type")
        let expected = ["credit_card": (73.9, 2.0), "boleto": (19.0, 2.0), "voucher": (5.6, 1.2), "debit_card": (1.5, 0.6)]
        #expect(Set(types) == Set(expected.keys))
        for (type, (share, tolerance)) in expected {
            #expect(abs(percent(types.count { $0 == type }, of: types.count) - share) < tolerance, "\(type)")
        }
    }

    @Test("review scores and comments (Olist: mean 4.09; 57.8 % fives, 11.5 % ones; 41 % comments)")
    func reviews() {
        let reviews = sample[.reviews]
        let scores = reviews.column("review_score").compactMap(Int.init)
        #expect(abs(Double(reviews.rows.count) / Double(sample[.orders].rows.count) - 0.9978) < 0.006)
        #expect(abs(mean(scores.map(Double.init)) - 4.086) < 0.06)
        for (score, share, tolerance) in [(5, 57.8, 2.5), (4, 19.3, 2.0), (3, 8.2, 1.5), (2, 3.2, 1.0), (1, 11.5, 1.5)] {
            #expect(abs(percent(scores.count { $0 == score }, of: scores.count) - share) < tolerance, "score \(score)")
        }
        #expect(abs(percent(reviews.column("review_comment_message").count { !$0.isEmpty }, of: scores.count) - 41.3) < 3.5)
        #expect(abs(percent(reviews.column("review_comment_title").count { !$0.isEmpty }, of: scores.count) - 11.7) < 2)
    }

    @Test("statuses and deliveries (Olist: 97 % delivered, 8 % late, 12.5 and 23.4 days)")
    func deliveries() {
        let orders = sample[.orders]
        let statuses = orders.column("order_status")
        #expect(abs(percent(statuses.count { $0 == "delivered" }, of: statuses.count) - 97.0) < 0.8)
        #expect(Set(statuses).isSuperset(of: ["delivered", "shipped", "canceled", "unavailable", "invoiced", "processing"]))
        let delivered = orders.rows.filter { $0[2] == "delivered" }
        let late = delivered.count { $0[6] > $0[7] }
        #expect(abs(percent(late, of: delivered.count) - 8.1) < 1.5)
    }

    @Test("states and years (Olist: SP 42 %, RJ 12.9 %, MG 11.7 %; 45 % of buyers in 2017)")
    func statesAndYears() {
        let customers = sample[.customers]
        var stateOfBuyer: [String: String] = [:]
        for row in customers.rows { stateOfBuyer[row[1]] = row[4] }
        let states = Array(stateOfBuyer.values)
        for (state, share, tolerance) in [("SP", 42.0, 2.0), ("RJ", 12.9, 1.5), ("MG", 11.7, 1.5)] {
            #expect(abs(percent(states.count { $0 == state }, of: states.count) - share) < tolerance, "\(state)")
        }
        let buyerOfCustomer = Dictionary(uniqueKeysWithValues: customers.rows.map { ($0[0], $0[1]) })
        var buyersByYear: [Substring: Set<String>] = [:]
        for row in sample[.orders].rows { buyersByYear[row[3].prefix(4), default: []].insert(buyerOfCustomer[row[1]] ?? "") }
        #expect(abs(percent(buyersByYear["2017"]?.count ?? 0, of: Int(buyers)) - 45.5) < 2)
        #expect(abs(percent(buyersByYear["2018"]?.count ?? 0, of: Int(buyers)) - 54.9) < 2)
    }

    @Test("a Black-Friday peak on 2017-11-24")
    func blackFriday() {
        var perDay: [Substring: Int] = [:]
        for stamp in sample[.orders].column("order_purchase_timestamp") where stamp.hasPrefix("2017-11") {
            perDay[stamp.prefix(10), default: 0] += 1
        }
        let ordinary = perDay.values.sorted()[perDay.count / 2]
        #expect((perDay["2017-11-24"] ?? 0) > 4 * ordinary)
    }

    @Test("from mid-2018: bigger baskets, more instalments, another category mix, slower north-east")
    func drift() {
        let orders = sample[.orders]
        let customers = Dictionary(uniqueKeysWithValues: sample[.customers].rows.map { ($0[0], $0) })
        func period(_ stamp: String) -> Int? { stamp < "2018-04-01" ? 0 : stamp >= "2018-07-01" ? 1 : nil }
        var periodOfOrder: [String: Int] = [:]
        var stateOfOrder: [String: String] = [:]
        for row in orders.rows {
            periodOfOrder[row[0]] = period(row[3])
            stateOfOrder[row[0]] = customers[row[1]]?[4]
        }
        var paid = [[Double]](repeating: [], count: 2)
        var installments = [[Double]](repeating: [], count: 2)
        for row in sample[.payments].rows {
            guard let period = periodOfOrder[row[0]] else { continue }
            paid[period].append(Double(row[4]) ?? 0)
            if row[2] == "credit_card" { installments[period].append(Double(row[3]) ?? 0) }
        }
        #expect(mean(paid[1]) > 1.2 * mean(paid[0]))
        #expect(mean(installments[1]) > mean(installments[0]) + 0.8)
        let categoryOfProduct = Dictionary(uniqueKeysWithValues: sample[.products].rows.map { ($0[0], $0[1]) })
        var beauty = [0, 0]
        var itemCount = [0, 0]
        for row in sample[.orderItems].rows {
            guard let period = periodOfOrder[row[0]] else { continue }
            itemCount[period] += 1
            if categoryOfProduct[row[2]] == "beleza_saude" { beauty[period] += 1 }
        }
        #expect(percent(beauty[1], of: itemCount[1]) > 1.5 * percent(beauty[0], of: itemCount[0]))
        let northeast: Set<String> = ["BA", "PE", "CE", "MA", "PB", "PI", "RN", "AL", "SE"]
        var late = [0, 0]
        var delivered = [0, 0]
        for row in orders.rows where row[2] == "delivered" && northeast.contains(stateOfOrder[row[0]] ?? "") {
            guard let period = periodOfOrder[row[0]] else { continue }
            delivered[period] += 1
            if row[6] > row[7] { late[period] += 1 }
        }
        #expect(percent(late[1], of: delivered[1]) > 1.5 * percent(late[0], of: delivered[0]))
    }

    @Test("a cohort of frequent buyers appears among the buyers who arrive in 2018")
    func frequentBuyers() {
        var firstPurchase: [String: String] = [:]
        var orderCount: [String: Int] = [:]
        let buyerOfCustomer = Dictionary(uniqueKeysWithValues: sample[.customers].rows.map { ($0[0], $0[1]) })
        for row in sample[.orders].rows {
            let buyer = buyerOfCustomer[row[1]] ?? ""
            firstPurchase[buyer] = min(firstPurchase[buyer] ?? row[3], row[3])
            orderCount[buyer, default: 0] += 1
        }
        func frequentShare(_ range: ClosedRange<String>) -> Double {
            let cohort = firstPurchase.filter { range.contains($0.value) }.map(\.key)
            return percent(cohort.count { (orderCount[$0] ?? 0) >= 3 }, of: cohort.count)
        }
        #expect(frequentShare("2018-04-01"..."2018-07-01") > 2 * frequentShare("2017-01-01"..."2017-12-31"))
    }
}
