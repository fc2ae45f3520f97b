import Foundation
import SegmentsAnalytics
import SegmentsLoading
import Testing
@testable import SegmentsReport

/// Every name a template uses must be a stored property of the model it is rendered with:
/// Mustache renders a misspelt name as empty text, silently. The templates are walked tag by
/// tag with a stack of model values, as swift-mustache resolves names (innermost first, then
/// outwards); sections over lists descend into their first element, so the fixture must fill
/// every list (the test fails when one is empty).
@Suite("Template models")
struct TemplateModelTests {
    /// The fixture with a rejected order row, so that every list of the pages has rows.
    static func models() throws -> [(ReportPage, Any)] {
        var texts = try EDAReportFixture.texts()
        texts[OlistFile.orders.rawValue]! += "bad,c1,delivered,yesterday,,,,\n"
        let dataset = try EDAReportFixture.dataset(texts)
        let analyses = EDAReportFixture.analyses(dataset)
        let frame = PageFrame(request: EDAReportFixture.request(.en))
        let drift = try DriftAnalysis(model: DriftPageTests.model).run(dataset, orders: analyses.exploration.orders)
        return [
            (.index, IndexPage(
                frame: frame, dataset: dataset, exploration: analyses.exploration, search: analyses.search,
                segmentation: analyses.segmentation
            ).model()),
            (.eda, EDAPage(frame: frame, dataset: dataset, result: analyses.exploration).model()),
            (.segmentation, SegmentationPage(
                frame: frame, buyers: analyses.exploration.buyers.count, search: analyses.search,
                profile: analyses.segmentation, embedding: analyses.embedding
            ).model()),
            (.drift, DriftPage(frame: frame, result: drift, previous: try previous()).model()),
            (.quote, QuotePage(
                frame: frame, quote: MaintenanceQuote(terms: .init(monthlyFee: 10), basis: QuotePageTests.basis, dataPeriod: nil, issuedAt: Date()),
                exploration: analyses.exploration).model()),
        ]
    }

    /// A previous delivery of two segments against three, so that the comparison's lists have rows.
    static func previous() throws -> PreviousDelivery {
        let model = SegmentationModel(
            toolVersion: "0.1.0", featureSet: "rfm", features: [], reference: .init(rule: SegmentationModel.midnightAfterLastPurchase, trainingReference: "2018-01-01"),
            algorithm: .kmeans, parameters: .init(k: 2), assignment: .init(rule: SegmentationModel.nearestCentroid, centroids: []),
            segments: [.init(cluster: 0, name: "lapsed"), .init(cluster: 1, name: "big_spender")], exceptions: [], trainingBuyers: 5)
        let transition = try SegmentTransition(old: [0, 0, 1, 1, 1], new: [0, 1, 2, 2, 1])
        return PreviousDelivery(file: "old/data/model.json", model: model, transition: transition, newNames: ["lapsed", "typical", "big_spender"])
    }

    @Test("every name of every page template is a property of the page's model")
    func namesExist() throws {
        for (page, model) in try Self.models() {
            var walker = TemplateWalker()
            walker.walk(try TemplateWalker.expanded(page.template), stack: [model])
            #expect(walker.problems.isEmpty, "\(page.template): \(walker.problems)")
            #expect(walker.checked > 20, "\(page.template): only \(walker.checked) names checked")
        }
    }

    @Test("the walker finds a misspelt name and an empty list")
    func walkerFails() {
        struct Row { let name: String }
        struct Model { let rows: [Row]; let empty: [Row]; let title: String }
        var walker = TemplateWalker()
        let model = Model(rows: [Row(name: "a")], empty: [], title: "t")
        walker.walk("{{title}}{{#rows}}{{name}}{{title}}{{nmae}}{{/rows}}{{#empty}}{{x}}{{/empty}}", stack: [model])
        #expect(walker.problems == ["nmae", "empty is empty: its names are unchecked"])
    }
}

/// Resolves the tags of a template against a stack of model values.
struct TemplateWalker {
    private(set) var problems: [String] = []
    private(set) var checked = 0

    /// The text of `name` with its layout and partials written in place (one level of
    /// `{{<layout}}{{$content}}…{{/content}}{{/layout}}`, as the pages use).
    static func expanded(_ name: String) throws -> String {
        var text = try #require(EmbeddedTemplates.files[name])
        if text.hasPrefix("{{<layout}}") {
            let body = try #require(text.firstRange(of: "{{$content}}").map { text[$0.upperBound...] })
            let content = try #require(body.firstRange(of: "{{/content}}").map { body[..<$0.lowerBound] })
            text = try #require(EmbeddedTemplates.files["layout"]).replacingOccurrences(
                of: "{{$content}}{{/content}}", with: String(content))
        }
        for _ in 0..<3 {
            for (partial, source) in EmbeddedTemplates.files where partial.hasPrefix("partials/") {
                text = text.replacingOccurrences(of: "{{> \(partial)}}", with: source)
            }
        }
        return text
    }

    /// A section that adds no context (a flag, a string, an absent value).
    private struct Transparent {}
    /// A section over an empty list: the names inside cannot be checked.
    private struct Unchecked {}

    mutating func walk(_ text: String, stack initial: [Any]) {
        var stack: [Any] = initial
        let tag = #/\{\{(\{?)\s*([#^/&!>$<]?)\s*([^}]*?)\s*\}?\}\}/#
        for match in text.matches(of: tag) {
            let kind = String(match.output.2)
            let name = String(match.output.3)
            switch kind {
            case "!", ">", "$", "<": continue
            case "/": stack.removeLast()
            case "#":
                let value = resolve(name, in: stack)
                if let list = value.flatMap({ $0 as? [Any] }) {
                    if list.isEmpty { problems.append("\(name) is empty: its names are unchecked") }
                    stack.append(list.first ?? Unchecked())
                } else if let value, !(value is Bool), !(value is String) {
                    stack.append(value)
                } else {
                    stack.append(Transparent())
                }
            case "^":
                _ = resolve(name, in: stack)
                stack.append(Transparent())
            default:
                if name != "." { _ = resolve(name, in: stack) }
            }
        }
    }

    /// The value of a dotted `name`, searched from the innermost context outwards; records a
    /// problem when no context has its first part, or a later part is missing.
    private mutating func resolve(_ name: String, in stack: [Any]) -> Any? {
        let parts = name.split(separator: ".").map(String.init)
        guard !stack.contains(where: { $0 is Unchecked }) else { return nil }
        checked += 1
        for context in stack.reversed() where !(context is Transparent) {
            guard var value = Self.child(parts[0], of: context) else { continue }
            for part in parts.dropFirst() {
                guard let unwrapped = Self.unwrapped(value) else { return nil }
                guard let next = Self.child(part, of: unwrapped) else {
                    problems.append(name)
                    return nil
                }
                value = next
            }
            return Self.unwrapped(value)
        }
        problems.append(name)
        return nil
    }

    /// The stored property (or dictionary entry) `name` of `object`, still optional.
    private static func child(_ name: String, of object: Any) -> Any? {
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        return Mirror(reflecting: object).children.first { $0.label == name }?.value
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
