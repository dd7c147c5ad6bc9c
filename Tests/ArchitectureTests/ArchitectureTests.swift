import Foundation
import Testing

/// The walls between the pipeline's targets (ARCHITECTURE.md): Package.swift's edges point forward only,
/// cmark and Yams are imported by AccordInput alone, and every import of a package target is a declared edge.
@Suite struct ArchitectureTests {
    /// The pipeline's targets, each allowed to depend only on those before it.
    static let layers = [
        "AccordCore", "AccordInput", "AccordMetrics", "AccordSite", "AccordKit", "AccordServe",
        "accord",
    ]
    /// Which targets may depend on the C and YAML libraries.
    static let parsers: Set<String> = ["CCmark", "Yams"]

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The package's graph, read once for all the tests.
    static let loaded = Result { try TargetGraph.load(packageRoot: root) }

    static func graph() throws -> TargetGraph {
        try loaded.get()
    }

    @Test func targetEdgesPointForwardOnly() throws {
        let graph = try Self.graph()
        #expect(graph.violations(layers: Self.layers) == [])
        // The steps are exactly these edges (metrics never see input's parsers or the site).
        #expect(graph.dependencies["AccordCore"] == [])
        #expect(graph.dependencies["AccordInput"]?.sorted() == ["AccordCore", "CCmark", "Yams"])
        #expect(graph.dependencies["AccordMetrics"] == ["AccordCore"])
        #expect(
            graph.dependencies["AccordSite"]?.sorted() == [
                "AccordCore", "AccordInput", "AccordMetrics",
                "Mustache",
            ])
    }

    @Test func onlyInputDependsOnCmarkAndYams() throws {
        #expect(try Self.graph().dependents(of: Self.parsers, except: ["AccordInput"]) == [])
    }

    @Test func onlyInputImportsCmarkAndYams() {
        for folder in ["Sources", "Tests", "Fuzz", "Benchmarks"] {
            let imports = SourceImports(folder: Self.root.appendingPathComponent(folder))
            let uses = imports.uses(of: Self.parsers).filter { !$0.hasPrefix("AccordInput/") }
            #expect(uses == [], "\(folder)")
        }
        // C stays in one file.
        let input = SourceImports(folder: Self.root.appendingPathComponent("Sources/AccordInput"))
        #expect(input.uses(of: ["CCmark"]) == ["Parse/Markdown/CmarkParser.swift: import CCmark"])
    }

    @Test func coreImportsNoIOAndNoLibrary() {
        let core = SourceImports(folder: Self.root.appendingPathComponent("Sources/AccordCore"))
        let imported = Set(core.modulesByFile.values.joined())
        #expect(imported.subtracting(["Dispatch", "Synchronization"]) == [])
    }

    /// An `import AccordX` must be a declared edge: SwiftPM can find a module built for another target
    /// even when the importer does not depend on it, so the compiler alone does not catch every back edge.
    @Test func everyImportOfATargetIsADeclaredEdge() throws {
        let graph = try Self.graph()
        let own = Set(Self.layers)
        var undeclared: [String] = []
        for target in Self.layers {
            let imports = SourceImports(folder: Self.root.appendingPathComponent("Sources/\(target)"))
            let allowed = Set(graph.dependencies[target] ?? [])
            for use in imports.uses(of: own.subtracting([target])) {
                let module = String(use.split(separator: " ").last ?? "")
                if !allowed.contains(module) { undeclared.append("\(target)/\(use)") }
            }
        }
        #expect(undeclared == [])
    }

    // The checkers can fail.

    @Test func aBackEdgeIsFound() {
        let graph = TargetGraph([
            "AccordCore": ["AccordSite"], "AccordInput": ["AccordCore"],
            "AccordMetrics": ["AccordCore", "AccordMetrics"], "AccordSite": ["AccordInput"],
        ])
        #expect(
            graph.violations(layers: ["AccordCore", "AccordInput", "AccordMetrics", "AccordSite", "AccordKit"])
                == ["AccordCore -> AccordSite", "AccordKit is not a target", "AccordMetrics -> AccordMetrics"])
    }

    @Test func aParserDependencyOutsideInputIsFound() {
        let graph = TargetGraph(["AccordInput": ["CCmark", "Yams"], "AccordSite": ["Yams"], "AccordKit": []])
        #expect(graph.dependents(of: Self.parsers, except: ["AccordInput"]) == ["AccordSite"])
    }

    @Test func importsAreReadInEveryForm() {
        // Built from pieces so that this file's own lines import nothing (the scan above reads Tests/).
        let text = [
            "import Foundation", "@preconcurrency import Yams", "internal import CCmark",
            "@testable import AccordKit", "import struct AccordCore.Day", "// import Nothing",
            "let x = \"import Nope\"",
        ].joined(separator: "\n")
        #expect(SourceImports.modules(in: text) == ["Foundation", "Yams", "CCmark", "AccordKit", "AccordCore"])
        let imports = SourceImports(["Site/A.swift": ["Foundation", "Yams"], "Input/B.swift": ["CCmark"]])
        #expect(imports.uses(of: Self.parsers) == ["Input/B.swift: import CCmark", "Site/A.swift: import Yams"])
    }

    @Test func dumpPackageJSONIsRead() throws {
        let json = """
            {"name": "P", "targets": [
              {"name": "A", "type": "regular", "dependencies": [{"byName": ["B", null]},
                {"product": ["Yams", "Yams", null, null]}, {"target": ["C", null]}]},
              {"name": "B", "type": "regular", "dependencies": []}]}
            """
        let graph = try TargetGraph(dumpPackageJSON: Data(json.utf8))
        #expect(graph == TargetGraph(["A": ["B", "Yams", "C"], "B": []]))
    }
}
