import AccordCore

/// SHIM (issue 9): the one place after decoding where a note meets cmark again. The renderer needs the
/// tree of each note once, while the note is rendered; keeping every tree from decoding to rendering
/// costs about 65 MB on 10,500 notes (291 MB peak instead of 221–228 MB, over the 250 MB budget).
/// Until the tree is compact enough to keep, AccordInput re-parses the body here, and AccordSite calls this
/// instead of cmark, so the wall holds: no target but AccordInput imports CCmark.
extension Meeting {
    /// The body parsed into Markdown values, again (see the comment above); lines counted in the file.
    public var reparsedDocument: MarkdownDocument {
        CmarkParser.parse(body.text, lineOffset: body.lineOffset)
    }
}
