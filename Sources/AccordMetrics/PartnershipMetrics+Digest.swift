/// What the portfolio-wide steps keep of a partnership's metrics once its own pages are rendered.
extension PartnershipMetrics {
    /// The metrics as the portfolio pages (index, open actions) and the health gates read them: identity,
    /// status, tier, the two indices, red flags, warning signs, attention items, exit, the open actions and the
    /// history's two indices. The metrics' components and inputs, goals, issues, done actions, say/do,
    /// participation, trust and the history's per-metric scores and KPIs are left out.
    public var portfolioDigest: PartnershipMetrics {
        var digest = self
        digest.alignment.metrics = []
        digest.outcome.metrics = []
        digest.goals = []
        digest.actions = actions.filter { !$0.isDone }
        digest.issues = []
        digest.sayDo = []
        digest.participation = []
        digest.trust = []
        digest.history = history.map { point in
            var kept = point
            kept.scores = [:]
            kept.goals = []
            return kept
        }
        return digest
    }
}
