extension Partnership {
    /// The partnership as the portfolio-wide steps read it, without its records: the charter without its tree,
    /// and of each note its paths, date, title, kind, links, anchors and privacy (the site plan, the link map,
    /// the future-notes warning, the view cut, the build cache of a reused partnership). Measuring and
    /// rendering need the whole partnership, parsed again from its files.
    public var listed: Partnership {
        var kept = self
        kept.charter = charter.withoutTree
        kept.meetings = meetings.map { meeting in
            var slim = Meeting(
                path: meeting.path, pagePath: meeting.pagePath, date: meeting.date, title: meeting.title,
                kind: meeting.kind)
            slim.dateLocation = meeting.dateLocation
            slim.links = meeting.links
            slim.privacy = meeting.privacy
            slim.anchors = meeting.anchors
            return slim
        }
        return kept
    }
}

extension Charter {
    /// The charter without its tree, as the portfolio pages read it.
    public var withoutTree: Charter {
        var charter = self
        charter.document = MarkdownDocument()
        return charter
    }
}
