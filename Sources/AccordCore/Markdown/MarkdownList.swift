/// A list and its items.
public struct MarkdownList: Sendable, Hashable, Codable {
    /// True for `1.` lists.
    public var isOrdered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// True when items are separated by blank lines.
    public var isTight: Bool
    /// The items.
    public var items: [MarkdownListItem]

    /// A list.
    public init(isOrdered: Bool, start: Int, isTight: Bool, items: [MarkdownListItem]) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
        self.items = items
    }
}

/// One list item; a task item has its `[ ]` marker removed from `blocks` and kept in `task`.
public struct MarkdownListItem: Sendable, Hashable, Codable {
    /// The task state, nil for a plain item.
    public var task: TaskState?
    /// The item's content.
    public var blocks: [MarkdownBlock]
    /// First line of the item.
    public var line: Int
    /// First column of the item (its marker).
    public var column: Int

    /// A list item.
    public init(task: TaskState?, blocks: [MarkdownBlock], line: Int, column: Int) {
        self.task = task
        self.blocks = blocks
        self.line = line
        self.column = column
    }
}

/// Whether a list item is a task, and its state.
public enum TaskState: Sendable, Hashable, Codable {
    /// `[ ]`
    case open
    /// `[x]` or `[X]`
    case done
}
