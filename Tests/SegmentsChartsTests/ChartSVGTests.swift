import Testing
@testable import SegmentsCharts

/// The SVG builder: numbers, escaping, attribute order, ids, colours, text fitting.
@Suite("Chart SVG builder")
struct ChartSVGTests {
    @Test("numbers are compact, rounded to 2 decimals, never -0, NaN or exponents", arguments: [
        (12.0, "12"), (3.14159, "3.14"), (-0.001, "0"), (-0.004, "0"), (-0.005, "-0.01"), (0.1, "0.1"),
        (1.05, "1.05"), (2.999, "3"), (1e20, "1000000000"), (-1e-20, "0"), (.nan, "0"), (.infinity, "0"),
        (720, "720"), (0.5, "0.5"), (-12.25, "-12.25"),
    ] as [(Double, String)])
    func numbers(value: Double, text: String) {
        #expect(SVGNumber.format(value) == text)
    }

    @Test("elements keep attribute order, drop nil attributes and self-close when empty")
    func rendering() {
        let missing: String? = nil
        let node = SVGNode("rect", ["y": 2.5, "x": 1, "fill": "#fff", "stroke": missing])
        #expect(node.rendered() == ##"<rect y="2.5" x="1" fill="#fff"/>"##)
        let group = SVGNode.group([node, SVGNode("text", text: "a")], ["class": "marks"])
        #expect(group.rendered() == ##"<g class="marks"><rect y="2.5" x="1" fill="#fff"/><text>a</text></g>"##)
        #expect(node.with("x", 3.0).with("rx", 2.0).rendered() == ##"<rect y="2.5" x="3" fill="#fff" rx="2"/>"##)
    }

    @Test("text and attribute values are escaped once, by htmlEscaped")
    func escaping() {
        let node = SVGNode("text", ["data-label": "a\"b<c>&'"], text: "<script>alert(1)</script> & co")
        #expect(node.rendered()
            == #"<text data-label="a&quot;b&lt;c&gt;&amp;&#39;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text>"#)
    }

    @Test("the XML checker of these tests rejects malformed SVG")
    func checkerRejects() {
        #expect(ChartXML.error(in: "<svg><g></svg>") != nil)
        #expect(ChartXML.error(in: "<svg><g>") != nil)
        #expect(ChartXML.error(in: "<svg></svg><x/>") != nil)
        #expect(ChartXML.error(in: "<svg><text>&nbsp;</text></svg>") != nil)
        #expect(ChartXML.error(in: "<svg><text>a < b</text></svg>") != nil)
        #expect(ChartXML.error(in: "<svg><text>&#160;&amp;</text></svg>") == nil)
    }

    @Test("paths write compact commands")
    func paths() {
        var path = SVGPath()
        path.move(to: 1, 2)
        path.line(to: 3.5, 4.004)
        path.horizontal(to: -0.001)
        path.vertical(to: 10)
        path.close()
        #expect(path.svgAttributeText == "M1 2L3.5 4H0V10Z")
        #expect(SVGPath.polyline([]).svgAttributeText == "")
    }

    @Test("chart ids keep only XML-name-safe characters", arguments: [
        ("orders", "orders"), ("my chart <1>", "my-chart--1-"), ("1abc", "chart-1abc"), ("", "chart-"),
        ("rfm_heat-map", "rfm_heat-map"), ("é\"x", "chart---x"),
    ])
    func chartIDs(text: String, id: String) {
        #expect(ChartID(text).value == id)
        #expect(ChartID(text).part("title") == id + "-title")
    }

    @Test("colours: hex text, contrast-based text colour, ramps")
    func colours() {
        #expect(RGBColor(hex: 0x0072B2).hexString == "#0072b2")
        #expect(RGBColor(red: .nan, green: 2, blue: -1).hexString == "#00ff00")
        #expect(ColorRamp.viridis.color(at: 0).contrastingText.hexString == "#ffffff")
        #expect(ColorRamp.viridis.color(at: 1).contrastingText.hexString == "#1a1a1a")
        #expect(ColorRamp.viridis.color(at: .nan) == ColorRamp.viridis.stops[0])
        #expect(ColorRamp.viridis.color(at: 7) == ColorRamp.viridis.stops.last)
        #expect(ColorRamp.blues.color(at: 0.5) == ColorRamp.blues.stops[4])
        #expect(Palette.color(8) == Palette.color(0) && Palette.color(-1) == Palette.categorical.last)
        #expect(abs(RGBColor(hex: 0xFFFFFF).contrastRatio(with: RGBColor(hex: 0x000000)) - 21) < 1e-9)
    }

    @Test("long text is shortened with an ellipsis to fit its width")
    func truncation() {
        let long = "construcao_ferramentas_iluminacao_e_jardim"
        let short = ChartTheme.truncated(long, toWidth: 120)
        #expect(short.hasSuffix("…") && short.count < long.count)
        #expect(ChartTheme.estimatedWidth(of: short) <= 120)
        #expect(ChartTheme.truncated("telefonia", toWidth: 120) == "telefonia")
        #expect(ChartTheme.truncated("abc", toWidth: 0) == "…")
    }
}
