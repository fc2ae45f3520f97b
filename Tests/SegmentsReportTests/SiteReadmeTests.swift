import Foundation
import Testing
@testable import SegmentsReport

@Suite("Site README")
struct SiteReadmeTests {
    @Test("every site carries the repository's site/README.md, so the default run leaves it unchanged")
    func readmeMatchesRepository() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let tracked = try String(contentsOf: repository.appendingPathComponent("site/README.md"), encoding: .utf8)
        #expect(ReportBuilder.readme == tracked)
    }
}
