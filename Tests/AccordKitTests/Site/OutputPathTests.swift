import Testing

@testable import AccordInput
@testable import AccordSite

/// The byte-level readings of output paths: which stay inside the output folder, their folders, their keys.
@Suite struct OutputPathTests {
    @Test func onlyPathsThatStayInsideAreSafe() {
        let safe = ["index.html", "a/b.html", "...", "a/.../b", ".hidden", "a/..b", "..a/b", "é/ü.html"]
        let unsafe = ["", "/a", "a/", "a//b", ".", "..", "a/.", "a/..", "../a", "a/../b", "./a"]
        for path in safe { #expect(OutputFile(path: path, content: .previous).hasSafePath, "\(path)") }
        for path in unsafe { #expect(!OutputFile(path: path, content: .previous).hasSafePath, "\(path)") }
    }

    @Test func theFolderOfAPath() {
        #expect(OutputFile(path: "index.html", content: .previous).folder == "")
        #expect(
            OutputFile(path: "partnerships/a/meetings/x.html", content: .previous).folder == "partnerships/a/meetings")
    }

    @Test func pathsFoldAsAUnicodeLowerCasingDoes() {
        for path in ["Index.HTML", "partnerships/ACME/x.html", "Ünïcode/ÉTÉ.html", "a-Z_0.9~"] {
            #expect(OutputClaims.folded(path) == path.lowercased(), "\(path)")
        }
        var claims = OutputClaims()
        #expect(claims.claim("Ünïcode/a.html", from: "one") == nil)
        #expect(
            claims.claim("ünïcode/b.html", from: "two")?.message
                == "ünïcode/b.html and Ünïcode differ only in case: they would be one folder on a case-insensitive "
                + "file system or web host (this file and one)")
        #expect(
            claims.claim("PARTNERSHIPS/b.html", from: "three") == nil
                && claims.claim("partnerships/c.html", from: "four")?.message
                    == "partnerships/c.html and PARTNERSHIPS differ only in case: they would be one folder on a "
                    + "case-insensitive file system or web host (this file and three)"
        )
    }

    @Test func theManifestTextListsEveryFileSortedAndEscaped() {
        let manifest = OutputManifest(files: ["b.html": 2, "a%b\t.html": 1, "a/c.html": 30])
        #expect(
            manifest.text
                == OutputWriter.markerText + OutputManifest.explanation
                + "1\ta%25b%09.html\n30\ta/c.html\n2\tb.html\nend of manifest: 3 files\n")
        #expect(manifest.folders == ["a"])
    }
}
