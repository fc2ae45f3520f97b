import Foundation
import Yams

/// A YAML node with the key path that led to it, read with checks that throw
/// `ConfigurationError`s positioned at the node (Yams keeps libyaml's marks).
struct ConfigurationNode {
    let node: Node
    /// Dotted key path (`quote.days.report`, `feature_sets[1].name`).
    let path: String
    let file: String

    /// An error at this node.
    func error(_ message: String) -> ConfigurationError {
        ConfigurationError(
            file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, key: path.isEmpty ? "(document)" : path,
            message: message)
    }

    /// What the node is, for messages: `"ten"`, `a list`, `a mapping`.
    var found: String {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? "nothing" : "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// Whether the node is YAML's null (`~`, `null` or nothing).
    var isNull: Bool { node.tag.rawValue == Tag.Name.null.rawValue }

    func child(_ node: Node, key: String) -> ConfigurationNode {
        ConfigurationNode(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The node as a mapping restricted to `keys`: unknown and duplicate keys are errors.
    /// - Returns: the values by key, in no particular order.
    func mapping(_ keys: [String]) throws(ConfigurationError) -> Fields {
        guard case .mapping(let mapping) = node else {
            if isNull { return Fields(values: [:]) }
            throw error("expected a mapping with keys \(keys.joined(separator: ", ")), found \(found)")
        }
        var values: [String: ConfigurationNode] = [:]
        for (keyNode, value) in mapping {
            let keyText = keyNode.string ?? ""
            let keyed = ConfigurationNode(node: keyNode, path: path.isEmpty ? keyText : "\(path).\(keyText)", file: file)
            guard keys.contains(keyText) else {
                throw keyed.error("unknown key; expected one of \(keys.joined(separator: ", "))")
            }
            guard values[keyText] == nil else { throw keyed.error("given twice") }
            values[keyText] = child(value, key: keyText)
        }
        return Fields(values: values)
    }

    /// The node as a list.
    func sequence(_ what: String) throws(ConfigurationError) -> [ConfigurationNode] {
        guard case .sequence(let sequence) = node else { throw error("expected a list of \(what), found \(found)") }
        return sequence.enumerated().map { index, item in
            ConfigurationNode(node: item, path: "\(path)[\(index)]", file: file)
        }
    }

    /// The node as a string; numbers and booleans written unquoted are accepted as their text.
    func string(nonEmpty: Bool = true) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, !isNull else { throw error("expected text, found \(found)") }
        if nonEmpty && scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
            throw error("expected non-empty text")
        }
        return scalar.string
    }

    /// The node as one of `choices`.
    func choice(_ choices: [String]) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, node.tag.rawValue == Tag.Name.str.rawValue, choices.contains(scalar.string) else {
            throw error("expected one of \(choices.joined(separator: ", ")), found \(found)")
        }
        return scalar.string
    }

    /// The node as a whole number in `range`.
    func int(_ range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        let expected = "expected a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard node.tag.rawValue == Tag.Name.int.rawValue, let value = node.int else { throw error("\(expected), found \(found)") }
        guard range.contains(value) else { throw error("\(expected), found \(value)") }
        return value
    }

    /// The node as a finite number in `range` (whole numbers accepted).
    func double(_ range: ClosedRange<Double>, what: String = "a number") throws(ConfigurationError) -> Double {
        let upper = range.upperBound == .greatestFiniteMagnitude ? "" : " to \(Self.text(range.upperBound))"
        let expected = "expected \(what) from \(Self.text(range.lowerBound))\(upper)"
        guard node.tag.rawValue == Tag.Name.int.rawValue || node.tag.rawValue == Tag.Name.float.rawValue, let value = node.float, value.isFinite else {
            throw error("\(expected), found \(found)")
        }
        guard range.contains(value) else { throw error("\(expected), found \(Self.text(value))") }
        return value
    }

    /// An ISO 4217 currency code (three capital letters).
    func currencyCode() throws(ConfigurationError) -> String {
        let code = try string()
        guard CurrencyCode.isValid(code) else {
            throw error("expected an ISO 4217 code of three capital letters (BRL, EUR, USD), found \(found)")
        }
        return code
    }

    /// The node as `true` or `false`.
    func bool() throws(ConfigurationError) -> Bool {
        guard node.tag.rawValue == Tag.Name.bool.rawValue, let value = node.bool else { throw error("expected true or false, found \(found)") }
        return value
    }

    /// The node as a calendar date `YYYY-MM-DD`.
    func date() throws(ConfigurationError) -> ConfigurationDate {
        guard case .scalar(let scalar) = node, let date = ConfigurationDate(scalar.string) else {
            throw error("expected a date as YYYY-MM-DD, found \(found)")
        }
        return date
    }

    /// `0.5`, `2`, `1e-06`: a number as written in messages.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// The values of a mapping by key, after the unknown-key check.
struct Fields {
    let values: [String: ConfigurationNode]

    /// The value of `key`, `nil` when absent or null.
    subscript(_ key: String) -> ConfigurationNode? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }
}
