import Foundation
import Testing

@testable import AccordKit

/// A file of the templates folder that nothing uses — a misspelled page template, a partial no template includes,
/// a file that is neither a template nor an asset — is a warning naming it (so `--strict` fails), in `check` as in
/// `build`; a new partial that an override includes is used and gets none.
@Suite struct UnusedOverrideTests {
    @Test func unusedOverrideFilesAreWarnings() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        let theme = temp.path("theme")
        for (name, text) in [
            ("partnerhsip.mustache", "{{title}}"),
            ("partials/card.mustache", "<b>{{title}}</b>"),
            ("partials/unused.mustache", "x"),
            ("meeting.mustache", "{{> layout-top}}{{>partials/card}}"),
            ("layout-top.mustache", "<!doctype html>"),
            ("notes.txt", "my notes"),
            ("assets/extra.css", "body {}"),
        ] {
            let url = URL(fileURLWithPath: theme).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var options = temp.options()
        options.templatesPath = theme
        let (check, build) = checkAndBuild(options)
        #expect(
            check.diagnostics.printed == [
                "\(theme)/notes.txt: warning: 'notes.txt' in the templates folder is neither a template (*.mustache) nor an "
                    + "asset (assets/…), so it is not used\n",
                "\(theme)/partials/unused.mustache: warning: template 'partials/unused.mustache' overrides no built-in "
                    + "template and no template includes it, so it is not used\n"
                    + "  hint: name it after a built-in template (actions.mustache, index.mustache, layout.mustache, "
                    + "meeting.mustache, partnership.mustache) or include it with {{> partials/unused}}\n",
                "\(theme)/partnerhsip.mustache: warning: template 'partnerhsip.mustache' overrides no built-in template and "
                    + "no template includes it, so it is not used\n  hint: did you mean 'partnership.mustache'?\n",
            ])
        #expect(build.diagnostics == check.diagnostics)
        #expect(check.exitCode == 0 && build.exitCode == 0)
        options.strict = true
        #expect(Pipeline.run(options, mode: .check).exitCode == 1)
    }

    @Test func includedNamesAreReadFromPartialAndParentTags() {
        #expect(
            UnusedOverrides.includedNames(in: ["{{> a}} {{>b}} {{< c }} {{# d}} {{e}} {{ > f/g }}"]) == [
                "a", "b", "c", "f/g",
            ])
    }
}
