import Foundation
import Testing
@testable import SegmentsCharts

/// Renders every sample chart in both languages; when `SEGMENTS_CHART_GALLERY` names a
/// folder, writes there one XHTML page per chart (for screenshots) and `index.html` with all.
@Suite("Chart gallery")
struct ChartGalleryTests {
    @Test("every sample chart in both languages is well-formed XML")
    func samplesParse() throws {
        for language in ReportLanguage.allCases {
            for (id, chart) in ChartSamples.all(language) {
                let svg = chart.render(id: id, language: language)
                #expect(ChartXML.error(in: svg) == nil, "\(id) \(language)")
            }
        }
        if let folder = ProcessInfo.processInfo.environment["SEGMENTS_CHART_GALLERY"] {
            try writeGallery(to: URL(fileURLWithPath: folder))
        }
    }

    func writeGallery(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var all = ""
        for language in ReportLanguage.allCases {
            let degenerate = (ChartKindsTests.degenerateCharts + ChartSegmentsTests.degenerateCharts).enumerated()
                .map { (ChartID("degenerate-\($0.offset)"), $0.element) }
            // Full-scale maps (95,000 buyers) only in the gallery, to time their drawing.
            let fullScale: [(ChartID, any SVGChart)] = [("tsne-full", ChartSamples.tsne(language == .fr, buyers: 95_000)),
                                                        ("knife-full", ChartSamples.knife(language == .fr, buyers: 95_000))]
            let samples = ChartSamples.all(language) + [(ChartID("empty"), BarChart(title: "Empty", bars: []) as any SVGChart)]
                + degenerate + fullScale
            for (id, chart) in samples {
                let name = id.value + "-" + language.code
                let section = "<section><h2>" + name.htmlEscaped + "</h2>"
                    + chart.render(id: ChartID(name), language: language) + "</section>\n"
                all += section
                try page(section).write(to: folder.appendingPathComponent(name + ".html"), atomically: true, encoding: .utf8)
            }
        }
        try page(all).write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    }

    /// A polyglot XHTML page around `body`.
    func page(_ body: String) -> String {
        """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/><title>Chart gallery</title>
            <style>body{font-family:system-ui,sans-serif;max-width:760px;margin:10px auto;color:#222}
            section{margin:0 0 28px}h2{font-size:15px;font-weight:600;margin:0 0 6px}</style></head>
            <body>\(body)</body></html>
            """
    }
}
