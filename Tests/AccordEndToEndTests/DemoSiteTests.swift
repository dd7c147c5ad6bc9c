import Foundation
import Testing

/// Runs the built `accord` binary from outside the repository on the demo content.
@Suite(.serialized) struct DemoSiteTests {
    @Test func buildsEveryPageOfTheDemoWithWorkingLinks() throws {
        let work = try AccordProcess.temporaryFolder("demo")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = AccordProcess.repositoryRoot.appending(path: "Content").path
        let result = try AccordProcess.run(["build", "--content", content, "--output", "site"], in: work)
        #expect(result.status == 0, "accord build failed: \(result.stderr)")
        let site = SiteInspector(root: work.appending(path: "site"))
        let files = site.files()
        for page in ["index.html", "actions.html", "metrics.json", "assets/style.css", ".accord-output"] {
            #expect(files.contains(page), "missing \(page)")
        }
        // Every partnership folder and every note has its page.
        let partnerships = try FileManager.default.contentsOfDirectory(atPath: content + "/partnerships").filter { !$0.hasPrefix(".") }
        for slug in partnerships {
            #expect(files.contains("partnerships/\(slug)/index.html"), "missing page of \(slug)")
            let notes = FileManager.default.enumerator(atPath: content + "/partnerships/\(slug)/meetings")?
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
            for note in notes {
                let page = "partnerships/\(slug)/meetings/" + note.dropLast(3) + ".html"
                #expect(files.contains(page), "missing \(page)")
            }
        }
        let broken = Array(Set(site.brokenLinks())).sorted()
        #expect(broken.isEmpty, "\(broken.count) broken links, first: \(broken.prefix(10).joined(separator: "\n"))")
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
        let first = try AccordProcess.run(["build", "--content", content, "--output", "one"], in: work,
                                          environment: ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"])
        let second = try AccordProcess.run(["build", "--content", content, "--output", "two"], in: work,
                                           environment: ["TZ": "America/Adak", "LANG": "C", "LC_ALL": "C"])
        #expect(first.status == 0 && second.status == 0)
        let one = SiteInspector(root: work.appending(path: "one")).contents()
        let two = SiteInspector(root: work.appending(path: "two")).contents()
        #expect(one.keys.sorted() == two.keys.sorted())
        for (path, data) in one { #expect(two[path] == data, "\(path) differs") }
    }
}
