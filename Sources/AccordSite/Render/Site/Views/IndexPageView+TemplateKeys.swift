import Mustache

// Template keys of the portfolio page (see TemplateKeys.swift): one case per stored property.

extension IndexPageView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "organisation": self.organisation
        case "briefing": self.briefing
        case "hasBriefing": self.hasBriefing
        case "moreBriefing": self.moreBriefing
        case "hasMoreBriefing": self.hasMoreBriefing
        case "rows": self.rows
        case "hasRows": self.hasRows
        case "windingDown": self.windingDown
        case "hasWindingDown": self.hasWindingDown
        case "apart": self.apart
        case "hasApart": self.hasApart
        case "tierChart": self.tierChart
        case "groups": self.groups
        case "hasGroups": self.hasGroups
        case "otherGroups": self.otherGroups
        case "hasOtherGroups": self.hasOtherGroups
        case "totals": self.totals
        default: nil
        }
    }
}

extension IndexPageView.Row: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "parties": self.parties
        case "status": self.status
        case "tier": self.tier
        case "tierClass": self.tierClass
        case "signals": self.signals
        case "alignment": self.alignment
        case "alignmentBand": self.alignmentBand
        case "alignmentBandWord": self.alignmentBandWord
        case "alignmentTrend": self.alignmentTrend
        case "outcome": self.outcome
        case "outcomeBand": self.outcomeBand
        case "outcomeBandWord": self.outcomeBandWord
        case "outcomeTrend": self.outcomeTrend
        case "meetings": self.meetings
        case "openActions": self.openActions
        case "overdueActions": self.overdueActions
        case "hasOverdue": self.hasOverdue
        case "nextReview": self.nextReview
        default: nil
        }
    }
}

extension IndexPageView.Reason: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "href": self.href
        case "isLast": self.isLast
        default: nil
        }
    }
}

extension IndexPageView.Briefing: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "tier": self.tier
        case "tierClass": self.tierClass
        case "reasons": self.reasons
        default: nil
        }
    }
}

extension IndexPageView.WindingDown: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "parties": self.parties
        case "decided": self.decided
        case "effective": self.effective
        case "daysLeft": self.daysLeft
        case "isPastEffective": self.isPastEffective
        case "reason": self.reason
        case "signals": self.signals
        default: nil
        }
    }
}

extension IndexPageView.Attention: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "kind": self.kind
        case "severity": self.severity
        case "severityLabel": self.severityLabel
        case "message": self.message
        case "href": self.href
        case "source": self.source
        default: nil
        }
    }
}

extension IndexPageView.AttentionGroup: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "tier": self.tier
        case "tierClass": self.tierClass
        case "counts": self.counts
        case "items": self.items
        case "hiddenCount": self.hiddenCount
        case "hasHidden": self.hasHidden
        case "allHref": self.allHref
        case "total": self.total
        default: nil
        }
    }
}
