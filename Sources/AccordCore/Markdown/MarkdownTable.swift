/// A GitHub pipe table: a header row, the alignment of each column, and the body rows, each row
/// padded or cut to the header's number of cells.
public struct MarkdownTable: Sendable, Hashable, Codable {
    /// How a column's cells are aligned (from the colons of the delimiter row).
    public enum Alignment: String, Sendable, Hashable, Codable {
        /// `:---`
        case left
        /// `:---:`
        case center
        /// `---:`
        case right
    }

    /// One alignment per column; nil when the delimiter row has no colon.
    public var alignments: [Alignment?]
    /// The header cells' inline content.
    public var header: [[MarkdownInline]]
    /// The body rows: the cells' inline content, as many as the header has.
    public var rows: [[[MarkdownInline]]]
    /// The file line of each body row.
    public var rowLines: [Int]

    /// A table.
    public init(alignments: [Alignment?], header: [[MarkdownInline]], rows: [[[MarkdownInline]]], rowLines: [Int]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.rowLines = rowLines
    }
}
