import Dispatch
import Logging

/// Runs the stages of a command, logging each one's duration.
struct Stopwatch {
    let logger: Logger
    let start = DispatchTime.now()

    /// Seconds since the stopwatch started.
    var elapsed: Double { seconds(since: start) }

    /// Runs `body`, then logs `name` and how long it took.
    func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let begin = DispatchTime.now()
        let result = try body()
        logger.info("\(name) (\(format(seconds(since: begin))))")
        return result
    }

    private func seconds(since time: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - time.uptimeNanoseconds) / 1e9
    }

    private func format(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : "\((seconds * 100).rounded() / 100) s"
    }
}
