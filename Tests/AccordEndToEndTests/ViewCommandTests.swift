import Foundation
import Testing

/// `--view` from the command line, on the demo (outside the repository): the joint build leaves the private
/// note and sections out, the client's view has them, an unknown party is a usage error.
@Suite(.serialized) struct ViewCommandTests {
    static let privateSentence = "Walk-away point: no renewal above the 2026 price; a tender is the fallback."
    static let privateNote =
        "partnerships/northwind-globex-service-desk/meetings/2026/2026-11-19-renewal-preparation.html"

    @Test func jointAndPartyViewsOfTheDemo() throws {
        let work = try AccordProcess.temporaryFolder("views")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = AccordProcess.repositoryRoot.appending(path: "Content").path
        let joint = try AccordProcess.run(["build", "--content", content, "--output", "joint"], in: work)
        #expect(joint.status == 0, "\(joint.stderr)")
        let client = try AccordProcess.run(
            ["build", "--content", content, "--output", "northwind", "--view", "northwind"],
            in: work)
        #expect(client.status == 0, "\(client.stderr)")
        let jointPage = work.appending(path: "joint/" + Self.privateNote).path
        #expect(!FileManager.default.fileExists(atPath: jointPage))
        let page = try String(
            contentsOfFile: work.appending(path: "northwind/" + Self.privateNote).path, encoding: .utf8)
        #expect(page.contains(Self.privateSentence))
        #expect(page.contains("<p class=\"view-label view-label-party\">Northwind Group only</p>"))
        let index = try String(contentsOfFile: work.appending(path: "joint/index.html").path, encoding: .utf8)
        #expect(index.contains("<p class=\"view-label\">Joint view</p>"))
    }

    @Test func unknownPartyIsAUsageError() throws {
        let work = try AccordProcess.temporaryFolder("views")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = AccordProcess.repositoryRoot.appending(path: "Content").path
        let result = try AccordProcess.run(
            ["build", "--content", content, "--output", "site", "--view", "nobody"], in: work)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "accord: error: --view 'nobody': no charter has a party with that id; views: joint, "))
        #expect(!FileManager.default.fileExists(atPath: work.appending(path: "site").path))
    }
}
