/// Text shared by the test fixtures of several test targets.
public enum FixtureText {
    /// The seven default required sections of a charter, each with a line of text (no final newline).
    public static let charterSections = """
        ## Shared vision
        One desk.

        ## Value for each party
        - acme: lower cost
        - globex: a reference customer

        ## Governance
        Monthly steering.

        ## Intellectual property
        Shared.

        ## Resources and skills
        Two people each.

        ## Issue resolution
        Escalate to leads.

        ## Exit and renewal
        Yearly review.
        """
}
