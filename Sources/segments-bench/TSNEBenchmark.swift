/// Placeholder: replaced by the TSNE benchmark.
enum TSNEBenchmark {
    static func run(_ arguments: [String]) throws {}
}
