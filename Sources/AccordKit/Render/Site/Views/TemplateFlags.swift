import Mustache

/// Mustache finds a view's values through `Mirror`, which lists stored properties only:
/// a computed flag such as `hasRows` is invisible to it, so `{{#hasRows}}` was always
/// false (and a flag missing on a row was looked up on the page around it instead).
/// A view with computed flags conforms to this and names them in `templateFlags`;
/// every stored property is still found as before.
protocol TemplateFlags: MustacheParent {
    /// The computed values templates read, by key.
    var templateFlags: [String: Any] { get }
}

extension TemplateFlags {
    func child(named name: String) -> Any? {
        if let flag = templateFlags[name] { return flag }
        guard let stored = Mirror(reflecting: self).children.first(where: { $0.label == name }) else { return nil }
        let value = Mirror(reflecting: stored.value)
        guard value.displayStyle == .optional else { return stored.value }
        return value.children.first?.value
    }
}

extension ActionsPageView: TemplateFlags {
    var templateFlags: [String: Any] { ["hasOverdue": hasOverdue, "hasGroups": hasGroups] }
}

extension ChartView: TemplateFlags {
    var templateFlags: [String: Any] { ["hasRows": hasRows] }
}

extension IndexPageView: TemplateFlags {
    var templateFlags: [String: Any] { ["hasRows": hasRows, "hasApart": hasApart, "hasAttention": hasAttention] }
}

extension IndexPageView.Row: TemplateFlags {
    var templateFlags: [String: Any] { ["hasOverdue": hasOverdue, "hasRedFlags": hasRedFlags, "redFlagsLabel": redFlagsLabel] }
}

extension LayoutView: TemplateFlags {
    var templateFlags: [String: Any] { ["hasBreadcrumbs": hasBreadcrumbs] }
}

extension MeetingPageView: TemplateFlags {
    var templateFlags: [String: Any] {
        ["hasUnmatched": hasUnmatched, "hasGuests": hasGuests, "hasReadings": hasReadings,
         "hasDecisions": hasDecisions, "hasActions": hasActions, "hasIssues": hasIssues, "hasWins": hasWins]
    }
}

extension MeetingPageView.PartyAttendance: TemplateFlags {
    var templateFlags: [String: Any] { ["isPresent": isPresent] }
}

extension PartnershipPageView: TemplateFlags {
    var templateFlags: [String: Any] {
        ["hasRedFlags": hasRedFlags, "hasGoals": hasGoals, "hasAttention": hasAttention,
         "hasOpenActions": hasOpenActions, "hasClosedActions": hasClosedActions, "hasIssues": hasIssues,
         "hasWins": hasWins, "hasMeetings": hasMeetings]
    }
}

extension PartnershipPageView.Input: TemplateFlags {
    var templateFlags: [String: Any] { ["hasSources": hasSources] }
}

extension PartnershipPageView.MetricCard: TemplateFlags {
    var templateFlags: [String: Any] { ["hasInputs": hasInputs, "hasFigures": hasFigures] }
}

extension PartnershipPageView.GoalRow: TemplateFlags {
    var templateFlags: [String: Any] { ["hasReadings": hasReadings] }
}
