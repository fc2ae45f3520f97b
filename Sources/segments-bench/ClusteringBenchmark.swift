/// Placeholder: replaced by the Clustering benchmark.
enum ClusteringBenchmark {
    static let usage = "MATRIX.csv"
    static func run(_ arguments: [String]) throws {}
}
