import Logging

/// A logger that drops everything, for tests that call logging APIs.
public let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
