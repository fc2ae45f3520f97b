/// One SVG element: a name, attributes in insertion order, children and optional text.
///
/// The chart kit builds every chart as a tree of `SVGNode` values and turns it into text in
/// one place, ``rendered()``: text and attribute values go through `String.htmlEscaped`,
/// numbers through ``SVGNumber``, so the same tree always gives the same bytes and the output
/// is well-formed XML (elements without content are self-closed).
public struct SVGNode: Sendable, Hashable {
    /// The element name, such as `rect`. Names are code constants, never user data.
    public var name: String
    /// Attributes in the order they are written.
    public var attributes: [SVGAttribute]
    /// Child elements, written after `text`.
    public var children: [SVGNode]
    /// Character data, escaped when rendered.
    public var text: String?

    /// An element.
    /// - Parameters:
    ///   - name: The element name.
    ///   - attributes: Attributes in order; a `nil` value leaves the attribute out.
    ///   - text: Character data (escaped when rendered).
    ///   - children: Child elements.
    public init(
        _ name: String,
        _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:],
        text: String? = nil,
        children: [SVGNode] = []
    ) {
        self.name = name
        self.attributes = attributes.compactMap { key, value in
            value.svgAttributeText.map { SVGAttribute(name: key, value: $0) }
        }
        self.text = text
        self.children = children
    }

    /// Returns a copy with one more attribute, or the attribute replaced if already present.
    public func with(_ name: String, _ value: any SVGAttributeValue) -> SVGNode {
        var copy = self
        guard let text = value.svgAttributeText else { return copy }
        if let index = copy.attributes.firstIndex(where: { $0.name == name }) {
            copy.attributes[index].value = text
        } else {
            copy.attributes.append(SVGAttribute(name: name, value: text))
        }
        return copy
    }

    /// Returns a copy with `nodes` appended to the children.
    public func appending(_ nodes: [SVGNode]) -> SVGNode {
        var copy = self
        copy.children += nodes
        return copy
    }

    /// The element as XML text.
    public func rendered() -> String {
        var output = ""
        render(into: &output)
        return output
    }

    /// Appends the element as XML text to `output`.
    public func render(into output: inout String) {
        output += "<" + name
        for attribute in attributes {
            output += " " + attribute.name + "=\"" + attribute.value.htmlEscaped + "\""
        }
        guard text != nil || !children.isEmpty else {
            output += "/>"
            return
        }
        output += ">"
        if let text { output += text.htmlEscaped }
        for child in children { child.render(into: &output) }
        output += "</" + name + ">"
    }
}

/// An attribute of an ``SVGNode``: its name and its unescaped text value.
public struct SVGAttribute: Sendable, Hashable {
    /// The attribute name, such as `fill`.
    public var name: String
    /// The value before escaping.
    public var value: String
}
