import Mustache

// Fast key lookup for templates: swift-mustache asks `child(named:)` instead of reflecting
// with Mirror (which cost 40 % of a build). Keep each switch in step with the stored properties
// of its struct; TemplateKeyTests fails when a stored property is missing here.

extension ActionsPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "overdue": overdue
        case "hasOverdue": hasOverdue
        case "groups": groups
        case "hasGroups": hasGroups
        case "total": total
        case "overdueCount": overdueCount
        default: nil
        }
    }
}

extension ActionsPageView.Action: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "partnership": partnership
        case "partnershipHref": partnershipHref
        case "owner": owner
        case "party": party
        case "text": text
        case "due": due
        case "state": state
        case "stateClass": stateClass
        case "href": href
        case "source": source
        case "daysOverdue": daysOverdue
        default: nil
        }
    }
}

extension ActionsPageView.OwnerGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "owner": owner
        case "actions": actions
        default: nil
        }
    }
}

extension ActionsPageView.PartyGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "party": party
        case "anchor": anchor
        case "owners": owners
        case "count": count
        case "overdue": overdue
        default: nil
        }
    }
}

extension ChartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "svg": svg
        case "summary": summary
        case "caption": caption
        case "headers": headers
        case "valueHeaders": valueHeaders
        case "firstHeader": firstHeader
        case "rows": rows
        case "hasRows": hasRows
        default: nil
        }
    }
}

extension ChartView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "cells": cells
        default: nil
        }
    }
}

extension IndexPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "organisation": organisation
        case "rows": rows
        case "hasRows": hasRows
        case "apart": apart
        case "hasApart": hasApart
        case "tierChart": tierChart
        case "attention": attention
        case "hasAttention": hasAttention
        case "totals": totals
        default: nil
        }
    }
}

extension IndexPageView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "parties": parties
        case "status": status
        case "tier": tier
        case "tierClass": tierClass
        case "alignment": alignment
        case "alignmentBand": alignmentBand
        case "alignmentSparkline": alignmentSparkline
        case "outcome": outcome
        case "outcomeBand": outcomeBand
        case "outcomeSparkline": outcomeSparkline
        case "meetings": meetings
        case "openActions": openActions
        case "overdueActions": overdueActions
        case "hasOverdue": hasOverdue
        case "nextReview": nextReview
        case "redFlags": redFlags
        default: nil
        }
    }
}

extension IndexPageView.Attention: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "partnership": partnership
        case "partnershipHref": partnershipHref
        case "kind": kind
        case "message": message
        case "href": href
        case "source": source
        default: nil
        }
    }
}

extension LayoutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "title": title
        case "root": root
        case "stylesheet": stylesheet
        case "nav": nav
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": hasBreadcrumbs
        case "pageKind": pageKind
        case "content": content
        default: nil
        }
    }
}

extension LayoutView.NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

extension LayoutView.Crumb: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "organisation": organisation
        case "reportDate": reportDate
        case "reportDateReadable": reportDateReadable
        case "generator": generator
        case "extra": extra
        default: nil
        }
    }
}

extension MeetingPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "date": date
        case "dateReadable": dateReadable
        case "kind": kind
        case "isGovernance": isGovernance
        case "partnershipTitle": partnershipTitle
        case "partnershipHref": partnershipHref
        case "chair": chair
        case "attendance": attendance
        case "unmatched": unmatched
        case "hasUnmatched": hasUnmatched
        case "guests": guests
        case "hasGuests": hasGuests
        case "pulse": pulse
        case "readings": readings
        case "hasReadings": hasReadings
        case "decisions": decisions
        case "actions": actions
        case "issues": issues
        case "wins": wins
        case "hasDecisions": hasDecisions
        case "hasActions": hasActions
        case "hasIssues": hasIssues
        case "hasWins": hasWins
        case "counts": counts
        case "body": body
        case "sourcePath": sourcePath
        case "previous": previous
        case "next": next
        case "isAfterReportDate": isAfterReportDate
        default: nil
        }
    }
}

extension MeetingPageView.PartyAttendance: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "party": party
        case "role": role
        case "people": people
        case "isPresent": isPresent
        default: nil
        }
    }
}

extension MeetingPageView.Person: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "isLead": isLead
        default: nil
        }
    }
}

extension MeetingPageView.Pulse: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "dimensions": dimensions
        case "rows": rows
        default: nil
        }
    }
}

extension MeetingPageView.PulseRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "party": party
        case "scores": scores
        case "mean": mean
        default: nil
        }
    }
}

extension MeetingPageView.Reading: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "goal": goal
        case "title": title
        case "value": value
        case "unit": unit
        case "anchor": anchor
        default: nil
        }
    }
}

extension MeetingPageView.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "anchor": anchor
        case "line": line
        case "note": note
        default: nil
        }
    }
}

extension MeetingPageView.ActionRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "owner": owner
        case "party": party
        case "text": text
        case "due": due
        case "state": state
        case "stateClass": stateClass
        case "anchor": anchor
        case "line": line
        default: nil
        }
    }
}

extension MeetingPageView.Neighbour: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "date": date
        case "href": href
        default: nil
        }
    }
}

extension PartnershipPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "status": status
        case "tier": tier
        case "tierClass": tierClass
        case "redFlags": redFlags
        case "hasRedFlags": hasRedFlags
        case "start": start
        case "review": review
        case "cadence": cadence
        case "parties": parties
        case "indices": indices
        case "alignmentCards": alignmentCards
        case "outcomeCards": outcomeCards
        case "goals": goals
        case "hasGoals": hasGoals
        case "attention": attention
        case "hasAttention": hasAttention
        case "trustChart": trustChart
        case "pulseChart": pulseChart
        case "participationChart": participationChart
        case "openActions": openActions
        case "closedActions": closedActions
        case "hasOpenActions": hasOpenActions
        case "hasClosedActions": hasClosedActions
        case "openActionCount": openActionCount
        case "overdueActionCount": overdueActionCount
        case "issues": issues
        case "hasIssues": hasIssues
        case "wins": wins
        case "hasWins": hasWins
        case "meetings": meetings
        case "hasMeetings": hasMeetings
        case "charter": charter
        case "charterSource": charterSource
        case "extra": extra
        default: nil
        }
    }
}

extension PartnershipPageView.PartyRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "id": id
        case "role": role
        case "lead": lead
        case "people": people
        case "signed": signed
        case "isSigned": isSigned
        case "presence": presence
        case "attendances": attendances
        case "actionsOwned": actionsOwned
        case "sayDo": sayDo
        case "sayDoDetail": sayDoDetail
        case "trust": trust
        default: nil
        }
    }
}

extension PartnershipPageView.IndexCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "score": score
        case "band": band
        case "bandWord": bandWord
        case "sparkline": sparkline
        case "anchor": anchor
        default: nil
        }
    }
}

extension PartnershipPageView.SourceLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        default: nil
        }
    }
}

extension PartnershipPageView.Input: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "sources": sources
        case "hasSources": hasSources
        default: nil
        }
    }
}

extension PartnershipPageView.Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        default: nil
        }
    }
}

extension PartnershipPageView.MetricCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": name
        case "score": score
        case "band": band
        case "bandWord": bandWord
        case "formula": formula
        case "bounds": bounds
        case "reference": reference
        case "inputs": inputs
        case "hasInputs": hasInputs
        case "noData": noData
        case "note": note
        case "hasFigures": hasFigures
        case "figures": figures
        default: nil
        }
    }
}

extension PartnershipPageView.GoalRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "owner": owner
        case "weight": weight
        case "kpi": kpi
        case "due": due
        case "status": status
        case "statusClass": statusClass
        case "progress": progress
        case "bar": bar
        case "readings": readings
        case "hasReadings": hasReadings
        case "priorities": priorities
        default: nil
        }
    }
}

extension PartnershipPageView.Reading: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": date
        case "value": value
        case "href": href
        default: nil
        }
    }
}

extension PartnershipPageView.ActionRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "owner": owner
        case "party": party
        case "text": text
        case "due": due
        case "state": state
        case "stateClass": stateClass
        case "href": href
        case "source": source
        case "isUndated": isUndated
        default: nil
        }
    }
}

extension PartnershipPageView.IssueRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "raised": raised
        case "state": state
        case "stateClass": stateClass
        case "detail": detail
        case "href": href
        case "source": source
        default: nil
        }
    }
}

extension PartnershipPageView.WinRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "date": date
        case "href": href
        default: nil
        }
    }
}

extension PartnershipPageView.MeetingRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": date
        case "title": title
        case "kind": kind
        case "isGovernance": isGovernance
        case "href": href
        case "counts": counts
        case "isCounted": isCounted
        default: nil
        }
    }
}

extension PartnershipPageView.Attention: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "message": message
        case "kind": kind
        case "href": href
        case "source": source
        default: nil
        }
    }
}
