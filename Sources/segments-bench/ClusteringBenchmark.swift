/// Placeholder: replaced by the Clustering benchmark.
enum ClusteringBenchmark {
    static func run(_ arguments: [String]) throws {}
}
