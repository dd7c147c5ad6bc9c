/// A look at the raw text of a front matter block before Yams composes it, for the one alias bomb that
/// Yams itself would expand: Yams hashes every mapping key to find duplicates, so an alias (`*name`) in a
/// key could make it hash a billion values before Accord sees a node. The screen is conservative: when
/// the text has an anchor (`&`) and an alias looks like part of a key, the block is refused.
/// Aliases used as values are bounded later, while the nodes are converted (`YAMLComposer`).
package struct YAMLAliasScreen {
    /// A 1-based line and column of the block.
    package struct Position: Hashable, Comparable {
        package var line: Int
        package var column: Int

        package static func < (left: Position, right: Position) -> Bool {
            (left.line, left.column) < (right.line, right.column)
        }
    }

    /// Every place a `*` starts a word (after a line start, a blank, `[`, `{`, `,` or `?`), in text order:
    /// a superset of the aliases of the block.
    package private(set) var aliases: [Position] = []
    /// Every place a `&` starts a word: a superset of the anchors of the block.
    package private(set) var anchors: Set<Position> = []
    /// The first alias that looks like part of a mapping key (a `:` follows it on its line), if any.
    package private(set) var aliasInKey: Position?
    /// The first explicit key indicator (`? `), if any.
    package private(set) var explicitKey: Position?
    /// True when the text has a `&`, so anchors (and working aliases) may exist.
    package private(set) var mayHaveAnchors = false

    /// Scans a block in one pass (columns count Unicode scalars, as libyaml's do).
    package init(_ yaml: String) {
        var line = 1
        var column = 0
        var previous: Unicode.Scalar = "\n"
        var pendingAliases: [Position] = []
        for scalar in yaml.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\n" && previous == "\r" {
                    previous = scalar
                    continue
                }
                pendingAliases.removeAll()
                line += 1
                column = 0
                previous = scalar
                continue
            }
            column += 1
            let startsWord = Self.opensWord(previous)
            switch scalar {
            case "&":
                mayHaveAnchors = true
                if startsWord { anchors.insert(Position(line: line, column: column)) }
            case "*" where startsWord:
                let position = Position(line: line, column: column)
                aliases.append(position)
                pendingAliases.append(position)
            case ":" where aliasInKey == nil:
                aliasInKey = pendingAliases.first
            case "?" where startsWord && explicitKey == nil:
                explicitKey = Position(line: line, column: column)
            default: break
            }
            previous = scalar
        }
    }

    package static func opensWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", " ", "\t", "[", "{", ",", "?": true
        default: false
        }
    }

    /// Where the block must be refused before Yams reads it, with the reason; nil when it is safe.
    package var refusal: (Position, String)? {
        guard mayHaveAnchors, !aliases.isEmpty else { return nil }
        if let aliasInKey {
            return (aliasInKey, "a YAML alias cannot be used in a mapping key")
        }
        if let explicitKey {
            return (explicitKey, "YAML explicit keys ('? ') cannot be combined with aliases")
        }
        return nil
    }

    /// The first alias after a position (where an expansion met after that position was written).
    package func alias(after position: Position) -> Position? {
        var low = 0
        var high = aliases.count
        while low < high {
            let middle = (low + high) / 2
            if aliases[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low < aliases.count ? aliases[low] : nil
    }
}
