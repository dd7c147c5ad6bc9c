import AccordCore
import Mustache

// Fast key lookup for templates: swift-mustache asks `child(named:)` instead of reflecting
// with Mirror (which cost 40 % of a build). Keep each switch in step with the stored properties
// of its struct; TemplateKeyTests fails when a stored property is missing here.

extension ActionsPageView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "overdue": self.overdue
        case "hasOverdue": self.hasOverdue
        case "groups": self.groups
        case "hasGroups": self.hasGroups
        case "total": self.total
        case "overdueCount": self.overdueCount
        default: nil
        }
    }
}

extension ActionsPageView.Action: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "partnership": self.partnership
        case "partnershipHref": self.partnershipHref
        case "owner": self.owner
        case "party": self.party
        case "text": self.text
        case "due": self.due
        case "state": self.state
        case "stateClass": self.stateClass
        case "href": self.href
        case "source": self.source
        case "daysOverdue": self.daysOverdue
        case "isOverdue": self.isOverdue
        default: nil
        }
    }
}

extension ActionsPageView.OwnerGroup: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "owner": self.owner
        case "actions": self.actions
        default: nil
        }
    }
}

extension ActionsPageView.PartyGroup: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "party": self.party
        case "anchor": self.anchor
        case "owners": self.owners
        case "count": self.count
        case "overdue": self.overdue
        default: nil
        }
    }
}

extension ChartView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "svg": self.svg
        case "summary": self.summary
        case "caption": self.caption
        case "headers": self.headers
        case "valueHeaders": self.valueHeaders
        case "firstHeader": self.firstHeader
        case "rows": self.rows
        case "rowsHTML": self.rowsHTML
        case "hasRows": self.hasRows
        default: nil
        }
    }
}

extension ChartView.Row: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "header": self.header
        case "cells": self.cells
        default: nil
        }
    }
}

extension LayoutView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "site": self.site
        case "title": self.title
        case "root": self.root
        case "stylesheet": self.stylesheet
        case "extraStylesheets": self.extraStylesheets
        case "favicon": self.favicon
        case "nav": self.nav
        case "breadcrumbs": self.breadcrumbs
        case "hasBreadcrumbs": self.hasBreadcrumbs
        case "pageKind": self.pageKind
        case "view": self.view
        case "content": self.content
        default: nil
        }
    }
}

extension LayoutView.NavItem: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension LayoutView.Icon: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "href": self.href
        case "type": self.type
        default: nil
        }
    }
}

extension LayoutView.Crumb: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "organisation": self.organisation
        case "reportDate": self.reportDate
        case "reportDateReadable": self.reportDateReadable
        case "generator": self.generator
        case "extra": self.extra?.templateValue
        default: nil
        }
    }
}

extension MeetingPageView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "date": self.date
        case "dateReadable": self.dateReadable
        case "kind": self.kind
        case "isGovernance": self.isGovernance
        case "partnershipTitle": self.partnershipTitle
        case "partnershipHref": self.partnershipHref
        case "chair": self.chair
        case "attendance": self.attendance
        case "unmatched": self.unmatched
        case "hasUnmatched": self.hasUnmatched
        case "guests": self.guests
        case "hasGuests": self.hasGuests
        case "pulse": self.pulse
        case "readings": self.readings
        case "hasReadings": self.hasReadings
        case "decisions": self.decisions
        case "actions": self.actions
        case "issues": self.issues
        case "wins": self.wins
        case "hasDecisions": self.hasDecisions
        case "hasActions": self.hasActions
        case "hasIssues": self.hasIssues
        case "hasWins": self.hasWins
        case "counts": self.counts
        case "body": self.body
        case "sourcePath": self.sourcePath
        case "previous": self.previous
        case "next": self.next
        case "isAfterReportDate": self.isAfterReportDate
        default: nil
        }
    }
}

extension MeetingPageView.PartyAttendance: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "party": self.party
        case "role": self.role
        case "people": self.people
        case "isPresent": self.isPresent
        default: nil
        }
    }
}

extension MeetingPageView.Person: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "isLead": self.isLead
        default: nil
        }
    }
}

extension MeetingPageView.Pulse: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "dimensions": self.dimensions
        case "rows": self.rows
        default: nil
        }
    }
}

extension MeetingPageView.PulseRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "party": self.party
        case "scores": self.scores
        case "mean": self.mean
        default: nil
        }
    }
}

extension MeetingPageView.Score: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "dimension": self.dimension
        case "value": self.value
        default: nil
        }
    }
}

extension MeetingPageView.Reading: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "goal": self.goal
        case "title": self.title
        case "value": self.value
        case "unit": self.unit
        case "anchor": self.anchor
        default: nil
        }
    }
}

extension MeetingPageView.Item: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "anchor": self.anchor
        case "line": self.line
        case "note": self.note
        default: nil
        }
    }
}

extension MeetingPageView.ActionRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "owner": self.owner
        case "party": self.party
        case "text": self.text
        case "due": self.due
        case "state": self.state
        case "stateClass": self.stateClass
        case "anchor": self.anchor
        case "line": self.line
        default: nil
        }
    }
}

extension MeetingPageView.Neighbour: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "date": self.date
        case "href": self.href
        default: nil
        }
    }
}

extension PartnershipPageView: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "status": self.status
        case "tier": self.tier
        case "tierClass": self.tierClass
        case "redFlags": self.redFlags
        case "hasRedFlags": self.hasRedFlags
        case "lifecycle": self.lifecycle
        case "start": self.start
        case "review": self.review
        case "cadence": self.cadence
        case "parties": self.parties
        case "indices": self.indices
        case "alignmentCards": self.alignmentCards
        case "outcomeCards": self.outcomeCards
        case "goals": self.goals
        case "hasGoals": self.hasGoals
        case "attention": self.attention
        case "hasAttention": self.hasAttention
        case "trustChart": self.trustChart
        case "pulseChart": self.pulseChart
        case "participationChart": self.participationChart
        case "openActions": self.openActions
        case "closedActions": self.closedActions
        case "hasOpenActions": self.hasOpenActions
        case "hasClosedActions": self.hasClosedActions
        case "openActionCount": self.openActionCount
        case "overdueActionCount": self.overdueActionCount
        case "issues": self.issues
        case "hasIssues": self.hasIssues
        case "wins": self.wins
        case "hasWins": self.hasWins
        case "meetings": self.meetings
        case "hasMeetings": self.hasMeetings
        case "charter": self.charter
        case "charterSource": self.charterSource
        case "extra": self.extra
        default: nil
        }
    }
}

extension PartnershipPageView.PartyRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "id": self.id
        case "role": self.role
        case "lead": self.lead
        case "people": self.people
        case "signed": self.signed
        case "isSigned": self.isSigned
        case "presence": self.presence
        case "attendances": self.attendances
        case "actionsOwned": self.actionsOwned
        case "sayDo": self.sayDo
        case "sayDoDetail": self.sayDoDetail
        case "trust": self.trust
        default: nil
        }
    }
}

extension PartnershipPageView.IndexCard: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "score": self.score
        case "band": self.band
        case "bandWord": self.bandWord
        case "sparkline": self.sparkline
        case "anchor": self.anchor
        default: nil
        }
    }
}

extension PartnershipPageView.SourceLink: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "href": self.href
        default: nil
        }
    }
}

extension PartnershipPageView.Input: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "sources": self.sources
        case "hasSources": self.hasSources
        default: nil
        }
    }
}

extension PartnershipPageView.Figure: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        default: nil
        }
    }
}

extension PartnershipPageView.MetricCard: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "score": self.score
        case "band": self.band
        case "bandWord": self.bandWord
        case "formula": self.formula
        case "bounds": self.bounds
        case "reference": self.reference
        case "inputs": self.inputs
        case "inputsHTML": self.inputsHTML
        case "hasInputs": self.hasInputs
        case "noData": self.noData
        case "note": self.note
        case "hasFigures": self.hasFigures
        case "figures": self.figures
        default: nil
        }
    }
}

extension PartnershipPageView.GoalRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "owner": self.owner
        case "weight": self.weight
        case "kpi": self.kpi
        case "due": self.due
        case "status": self.status
        case "statusClass": self.statusClass
        case "progress": self.progress
        case "bar": self.bar
        case "trend": self.trend
        case "readings": self.readings
        case "hasReadings": self.hasReadings
        case "priorities": self.priorities
        default: nil
        }
    }
}

extension PartnershipPageView.Reading: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "value": self.value
        case "href": self.href
        default: nil
        }
    }
}

extension PartnershipPageView.ActionRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "owner": self.owner
        case "party": self.party
        case "text": self.text
        case "due": self.due
        case "state": self.state
        case "stateClass": self.stateClass
        case "href": self.href
        case "source": self.source
        case "isUndated": self.isUndated
        default: nil
        }
    }
}

extension PartnershipPageView.IssueRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "raised": self.raised
        case "state": self.state
        case "stateClass": self.stateClass
        case "detail": self.detail
        case "href": self.href
        case "source": self.source
        default: nil
        }
    }
}

extension PartnershipPageView.WinRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "date": self.date
        case "href": self.href
        default: nil
        }
    }
}

extension PartnershipPageView.MeetingRow: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "title": self.title
        case "kind": self.kind
        case "isGovernance": self.isGovernance
        case "href": self.href
        case "counts": self.counts
        case "isCounted": self.isCounted
        default: nil
        }
    }
}

extension PartnershipPageView.Attention: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "message": self.message
        case "kind": self.kind
        case "href": self.href
        case "source": self.source
        default: nil
        }
    }
}
