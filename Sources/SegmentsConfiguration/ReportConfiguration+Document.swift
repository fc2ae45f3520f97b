import SegmentsAnalytics

extension ReportConfiguration {
    /// The effective configuration in the file's own shape (keys become snake_case with
    /// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase`): `results.json` → `configuration`.
    public struct Document: Encodable, Sendable {
        struct RFM: Encodable, Sendable {
            var referenceDate: String?
        }
        struct Set: Encodable, Sendable {
            var name: String
            var features: [String]
        }
        struct Range: Encodable, Sendable {
            var min: Int
            var max: Int
        }
        struct DBSCAN: Encodable, Sendable {
            /// `nil`: twice the number of features.
            var minSamples: Int?
            /// `knee` or the radii.
            var eps: String
            var epsFactors: [Double]?
            var epsValues: [Double]?
        }
        struct Model: Encodable, Sendable {
            var featureSet: String
            var algorithm: String
            var k: Int
        }
        struct Selection: Encodable, Sendable {
            var clusters: Range
            var minClusterShare: Double
            var maxNoiseShare: Double
            var model: Model?
        }
        struct Segmentation: Encodable, Sendable {
            var k: Range
            var algorithms: [String]
            var kmeansRestarts: Int
            var dbscan: DBSCAN
            var selection: Selection
        }
        struct TSNE: Encodable, Sendable {
            var skip: Bool
            var perplexity: Double
            var iterations: Int
            var earlyExaggerationIterations: Int
        }
        struct Drift: Encodable, Sendable {
            var initialMonths: Int
            var step: String
            var starts: Int
            var startSpacingMonths: Int
            var threshold: Double
            var previousModel: String?
        }
        struct Days: Encodable, Sendable {
            var dataRefresh: Double
            var retraining: Double
            var checks: Double
            var report: Double
        }
        struct Quote: Encodable, Sendable {
            var client: String
            var provider: String
            var number: String
            var currency: String
            var currencySymbol: String
            var dayRate: Double
            var days: Days
            var monthlyFee: Double?
            var taxRate: Double
            var validityDays: Int
        }

        struct Transactions: Encodable, Sendable {
            var file: String
            var customerColumn: String
            var orderColumn: String?
            var dateColumn: String
            var amountColumn: String
            var reviewColumn: String?
            var quantityColumn: String?
            var categoryColumn: String?
            var dateFormat: String
            var delimiter: String
            var decimalComma: Bool
            var currency: String
            var currencySymbol: String
        }

        /// The file read, `nil` without `--config`.
        var file: String?
        var title: String?
        var language: String
        var rfm: RFM
        var featureSets: [Set]
        var segmentation: Segmentation
        var tsne: TSNE
        var drift: Drift
        var quote: Quote
        /// The transaction log reported on and its mapping, `nil` for an Olist folder.
        var transactions: Transactions?
    }

    /// The effective configuration as `results.json` shows it.
    /// - Parameter file: the configuration file read, if any.
    public func document(file: String?) -> Document {
        let eps: Document.DBSCAN
        switch search.dbscanEps {
        case .knee(let factors): eps = .init(minSamples: search.dbscanMinSamples, eps: "knee", epsFactors: factors)
        case .values(let values): eps = .init(minSamples: search.dbscanMinSamples, eps: "values", epsValues: values)
        }
        let selection = search.selection
        return Document(
            file: file, title: title, language: language ?? "en",
            rfm: .init(referenceDate: rfmReferenceDate?.description),
            featureSets: search.featureSets.map { .init(name: $0.name, features: $0.features.map(\.rawValue)) },
            segmentation: .init(
                k: .init(min: search.clusterCounts.lowerBound, max: search.clusterCounts.upperBound),
                algorithms: search.algorithms.map(\.rawValue), kmeansRestarts: search.kmeansRestarts, dbscan: eps,
                selection: .init(
                    clusters: .init(min: selection.clusterRange.lowerBound, max: selection.clusterRange.upperBound),
                    minClusterShare: selection.minClusterShare, maxNoiseShare: selection.maxNoiseShare,
                    model: selection.explicit.map { .init(featureSet: $0.featureSet, algorithm: $0.algorithm.rawValue, k: $0.k) })),
            tsne: .init(
                skip: skipTSNE, perplexity: tsne.perplexity, iterations: tsne.iterations,
                earlyExaggerationIterations: tsne.earlyExaggerationIterations),
            drift: .init(
                initialMonths: drift.initialMonths, step: drift.step.rawValue, starts: drift.starts,
                startSpacingMonths: drift.startSpacingMonths, threshold: drift.threshold,
                previousModel: previousModel),
            quote: .init(
                client: quote.client, provider: quote.provider, number: quote.number, currency: quote.currency,
                currencySymbol: quote.symbol, dayRate: quote.dayRate,
                days: .init(dataRefresh: quote.days.dataRefresh, retraining: quote.days.retraining, checks: quote.days.checks, report: quote.days.report),
                monthlyFee: quote.monthlyFee, taxRate: quote.taxRate, validityDays: quote.validityDays),
            transactions: transactions.file.map { file in
                let mapping = transactions.mapping
                return .init(
                    file: file, customerColumn: mapping.customer, orderColumn: mapping.order, dateColumn: mapping.date,
                    amountColumn: mapping.amount, reviewColumn: mapping.review, quantityColumn: mapping.quantity,
                    categoryColumn: mapping.category, dateFormat: mapping.dateFormat.pattern,
                    delimiter: mapping.delimiter.rawValue, decimalComma: mapping.decimalComma,
                    currency: transactions.amounts.code, currencySymbol: transactions.amounts.symbol)
            })
    }
}
