import Foundation
import Testing

/// Runs the built `accord` binary from outside the repository on the demo content.
@Suite(.serialized) struct DemoSiteTests {
    /// The demo and the test fixture portfolio.
    static let portfolios = ["Content", "Tests/AccordKitTests/Fixtures/Portfolio"]

    @Test(arguments: portfolios)
    func buildsEveryPageWithWorkingLinks(_ folder: String) throws {
        let work = try AccordProcess.temporaryFolder("site")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = AccordProcess.repositoryRoot.appending(path: folder).path
        let result = try AccordProcess.run(
            ["build", "--content", content, "--output", "site", "--as-of", "2026-11-20"], in: work)
        #expect(result.status == 0, "accord build failed: \(result.stderr)")
        let site = SiteInspector(root: work.appending(path: "site"))
        let files = site.files()
        for page in ["index.html", "actions.html", "metrics.json", "assets/style.css", ".accord-output"] {
            #expect(files.contains(page), "missing \(page)")
        }
        // Every partnership folder and every note has its page.
        let partnerships = try FileManager.default.contentsOfDirectory(atPath: content + "/partnerships").filter {
            !$0.hasPrefix(".")
        }
        #expect(!partnerships.isEmpty)
        for slug in partnerships {
            #expect(files.contains("partnerships/\(slug)/index.html"), "missing page of \(slug)")
            let notes =
                FileManager.default.enumerator(atPath: content + "/partnerships/\(slug)/meetings")?
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
            for note in notes {
                // A note private to one party has no page in the joint view.
                let text =
                    (try? String(contentsOfFile: content + "/partnerships/\(slug)/meetings/" + note, encoding: .utf8))
                    ?? ""
                if text.split(separator: "\n").contains(where: {
                    $0.hasPrefix("visibility:") && $0 != "visibility: joint"
                }) {
                    #expect(!files.contains("partnerships/\(slug)/meetings/" + note.dropLast(3) + ".html"))
                    continue
                }
                let page = "partnerships/\(slug)/meetings/" + note.dropLast(3) + ".html"
                #expect(files.contains(page), "missing \(page)")
            }
        }
        let broken = Array(Set(site.brokenLinks())).sorted()
        #expect(broken.isEmpty, "\(broken.count) broken links, first: \(broken.prefix(10).joined(separator: "\n"))")
    }

    /// The synthetic benchmark portfolio (a small one) checks without a single diagnostic.
    @Test func checksTheSyntheticPortfolioWithoutDiagnostics() throws {
        let generator = AccordProcess.repositoryRoot.appending(path: "Benchmarks/gen_corpus.py")
        try #require(FileManager.default.fileExists(atPath: generator.path), "no \(generator.path)")
        let work = try AccordProcess.temporaryFolder("corpus")
        defer { try? FileManager.default.removeItem(at: work) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = [
            "python3", generator.path, work.appending(path: "corpus").path, "--partnerships", "20", "--meetings", "6",
        ]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let result = try AccordProcess.run(["check", "--content", "corpus", "--strict"], in: work)
        #expect(result.status == 0)
        #expect(result.stderr == "accord: 20 partnerships checked, no errors (report date 2026-11-23)\n")
    }

    @Test func metricsCommandPrintsTheSameJSONAsTheBuild() throws {
        let work = try AccordProcess.temporaryFolder("metrics")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = AccordProcess.repositoryRoot.appending(path: "Content").path
        let build = try AccordProcess.run(["build", "--content", content, "--output", "site"], in: work)
        #expect(build.status == 0)
        let printed = try AccordProcess.run(["metrics", "--content", content, "--format", "json"], in: work)
        #expect(printed.status == 0)
        let written = try String(contentsOf: work.appending(path: "site/metrics.json"), encoding: .utf8)
        #expect(printed.stdout == written)
    }

    @Test func twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical() throws {
        let work = try AccordProcess.temporaryFolder("determinism")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = AccordProcess.repositoryRoot.appending(path: "Content").path
        let first = try AccordProcess.run(
            ["build", "--content", content, "--output", "one"], in: work,
            environment: ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"])
        let second = try AccordProcess.run(
            ["build", "--content", content, "--output", "two"], in: work,
            environment: ["TZ": "America/Adak", "LANG": "C", "LC_ALL": "C"])
        #expect(first.status == 0 && second.status == 0)
        let one = SiteInspector(root: work.appending(path: "one")).contents()
        let two = SiteInspector(root: work.appending(path: "two")).contents()
        #expect(one.keys.sorted() == two.keys.sorted())
        for (path, data) in one { #expect(two[path] == data, "\(path) differs") }
    }
}
