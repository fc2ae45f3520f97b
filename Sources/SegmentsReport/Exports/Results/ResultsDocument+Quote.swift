import SegmentsCharts

extension ResultsDocument {
    /// `quote`: the maintenance quote as priced, every line and total (amounts before tax
    /// unless named otherwise, in `currency`).
    struct Quote: Encodable {
        struct Line: Encodable {
            var task: String
            var days: Double
            var dayRate: Double
            var amount: Double
        }

        var client: String
        var provider: String
        var number: String
        var currency: String
        var currencySymbol: String
        var issueDate: String
        var validUntil: String
        var validityDays: Int
        /// Whether the drift analysis measured an interval.
        var intervalMeasured: Bool
        var intervalDays: Double?
        var intervalIsLowerBound: Bool
        var threshold: Double?
        var dataFirstDate: String?
        var dataLastDate: String?
        var interventionsPerYear: Int
        var dayRate: Double
        var lines: [Line]
        var daysPerIntervention: Double
        var pricePerIntervention: Double
        var interventionsAmount: Double
        var monthlyFee: Double?
        var monitoringAmount: Double?
        var totalBeforeTax: Double
        var taxRate: Double
        var tax: Double
        var totalAfterTax: Double

        init(_ quote: MaintenanceQuote) {
            let terms = quote.terms
            client = terms.client
            provider = terms.provider
            number = terms.number
            currency = terms.currency.code
            currencySymbol = terms.currency.symbol
            issueDate = ReportLanguage.isoDate(quote.issueDate)
            validUntil = ReportLanguage.isoDate(quote.validUntil)
            validityDays = terms.validityDays
            intervalMeasured = quote.basis?.intervalDays != nil
            intervalDays = quote.basis?.intervalDays
            intervalIsLowerBound = quote.basis?.isLowerBound ?? false
            threshold = quote.basis?.threshold
            dataFirstDate = quote.dataPeriod.map { ReportLanguage.isoDate($0.lowerBound) }
            dataLastDate = quote.dataPeriod.map { ReportLanguage.isoDate($0.upperBound) }
            interventionsPerYear = quote.interventionsPerYear
            dayRate = terms.dayRate
            lines = quote.lines.map { .init(task: $0.task.rawValue, days: $0.days, dayRate: terms.dayRate, amount: $0.amount) }
            daysPerIntervention = quote.daysPerIntervention
            pricePerIntervention = quote.pricePerIntervention
            interventionsAmount = quote.interventionsAmount
            monthlyFee = terms.monthlyFee
            monitoringAmount = quote.monitoringAmount
            totalBeforeTax = quote.totalBeforeTax
            taxRate = terms.taxRate
            tax = quote.tax
            totalAfterTax = quote.totalAfterTax
        }
    }
}
