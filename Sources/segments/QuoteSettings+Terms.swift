import SegmentsCharts
import SegmentsConfiguration
import SegmentsReport

extension QuoteSettings {
    /// The configuration's `quote` section as the report's quote terms.
    var terms: MaintenanceQuote.Terms {
        MaintenanceQuote.Terms(
            client: client, provider: provider, number: number, currency: Currency(code: currency, symbol: symbol),
            dayRate: dayRate,
            days: [.dataRefresh: days.dataRefresh, .retraining: days.retraining, .checks: days.checks, .report: days.report],
            monthlyFee: monthlyFee, taxRate: taxRate, validityDays: validityDays)
    }
}
