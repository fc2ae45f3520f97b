/// Placeholder: replaced by the TSNE benchmark.
enum TSNEBenchmark {
    static let usage = "MATRIX.csv"
    static func run(_ arguments: [String]) throws {}
}
