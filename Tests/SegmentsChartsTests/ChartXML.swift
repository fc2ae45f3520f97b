import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Well-formedness checks with Foundation's XML parser (libxml2 on Linux).
enum ChartXML {
    /// Parses `text` as XML; returns the parser error, or nil when well-formed.
    ///
    /// On Linux `parse()` returns true for some errors (mismatched or unclosed tags) that it
    /// only reports to the delegate and in `parserError`, so all three are checked.
    static func error(in text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Collector()
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let error = delegate.errors.first ?? parser.parserError { return String(describing: error) }
        return succeeded ? nil : "parse failed"
    }

    /// Every element name and its attributes, in document order.
    static func elements(in text: String) -> [(name: String, attributes: [String: String])] {
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Collector()
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.elements
    }

    /// All character data.
    static func text(in svg: String) -> String {
        let parser = XMLParser(data: Data(svg.utf8))
        let delegate = Collector()
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.text
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var text = ""
        var errors: [Error] = []

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            errors.append(parseError)
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append((elementName, attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }
}
