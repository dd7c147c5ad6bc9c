import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private line found in a file of a view's output.
public struct Leak: Sendable, Hashable {
    /// The output file, relative to the output folder.
    public var file: String
    /// The line and where it is written.
    public var text: PrivateText
}

/// The build's own redaction check: every line a view leaves out (at least 12 characters, and not also in content
/// the view shows) must be in no file of the view's output. Each file is read once (`SubstringMatcher`).
public struct LeakCheck: Sendable {
    /// The lines looked for, one per normalised text.
    package let texts: [PrivateText]
    package let matcher: SubstringMatcher

    /// The shortest line looked for, in characters.
    public static let minimumLength = 12

    /// The check of a view: its left-out lines minus those the view also shows.
    public init(_ cut: ViewCut) {
        var seen: Set<[UInt8]> = []
        var texts: [PrivateText] = []
        var patterns: [[UInt8]] = []
        for text in cut.hidden where text.text.count >= Self.minimumLength {
            let bytes = LeakText.line(text.text)
            guard !bytes.isEmpty, seen.insert(bytes).inserted else { continue }
            texts.append(text)
            patterns.append(bytes)
        }
        if !patterns.isEmpty {
            let shown = SubstringMatcher(patterns).matches(in: Self.shownText(cut.portfolio))
            let dropped = Set(shown)
            texts = texts.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
            patterns = patterns.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        }
        self.texts = texts
        matcher = SubstringMatcher(patterns)
    }

    /// True when there is nothing to look for.
    public var isEmpty: Bool { texts.isEmpty }

    /// The number of lines looked for.
    public var count: Int { texts.count }

    /// The private lines found in the files (each file read once; copied files read when they are text; files of
    /// the previous site are never reused when there is something to look for).
    public func leaks(in files: [OutputFile]) -> [Leak] {
        guard !isEmpty else { return [] }
        var found: [Leak] = []
        for file in files {
            let bytes: [UInt8]
            switch file.content {
            case .text(let text): bytes = Array(text.utf8)
            case .pieces(let pieces): bytes = Array(pieces.joined.utf8)
            case .copy(let source):
                guard let read = Self.textFile(at: source) else { continue }
                bytes = read
            case .previous:
                // Reused only from a portfolio with no private content, where nothing is looked for.
                continue
            }
            var hits: Set<Int> = []
            for form in LeakText.forms(of: bytes, as: LeakText.Form(path: file.path)) {
                hits.formUnion(matcher.matches(in: form))
            }
            for hit in hits.sorted() { found.append(Leak(file: file.path, text: texts[hit])) }
        }
        return found
    }

    /// Everything the view shows as text, normalised, lines apart (a zero byte between them).
    package static func shownText(_ portfolio: Portfolio) -> [UInt8] {
        var out: [UInt8] = []
        func add(_ text: String) {
            out += LeakText.line(text)
            out.append(0)
        }
        for partnership in portfolio.partnerships {
            let charter = partnership.charter
            add(charter.title)
            for party in charter.parties { add(party.name) }
            for goal in charter.goals { add(goal.title) }
            for item in charter.valueItems { add(item.text) }
            for line in charter.document.blocks.flatMap({ $0.textLines() }) { add(line.text) }
            for meeting in partnership.meetings {
                add(meeting.title)
                for line in meeting.document.blocks.flatMap({ $0.textLines() }) { add(line.text) }
                for text in meeting.decisions.map(\.text) + meeting.actions.map(\.text) + meeting.issues.map(\.text)
                    + meeting.wins.map(\.text)
                { add(text) }
            }
        }
        return out
    }

    /// The bytes of a copied file when it is text (no zero byte in its first 8 KB) and at most 32 MB; nil otherwise.
    package static func textFile(at path: String) -> [UInt8]? {
        guard
            case .success(let descriptor) = NoFollowIO.openRegularFile(
                String(path.drop { $0 == "/" }), below: "/",
                expected: nil)
        else { return nil }
        if let info = NoFollowIO.fstatInfo(descriptor), info.st_size > 32 << 20 {
            close(descriptor)
            return nil
        }
        guard case .success(let bytes) = NoFollowIO.readAll(descriptor), !bytes.prefix(8192).contains(0) else {
            return nil
        }
        return bytes
    }
}
