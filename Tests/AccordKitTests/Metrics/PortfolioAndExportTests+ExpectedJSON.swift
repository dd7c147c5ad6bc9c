extension PortfolioAndExportTests {
    /// `metrics.json` of the small fixture, byte for byte.
    static let expectedJSON = #"""
        {
          "schema_version": 1,
          "report_date": "2026-04-01",
          "partnerships": [
            {
              "slug": "acme-globex",
              "title": "Acme × Globex \"desk\"",
              "status": "active",
              "tier": "marginal",
              "red_flags": [],
              "red_flag_details": [],
              "warnings": [],
              "warning_details": [],
              "start": "2026-01-10",
              "start_date": "2026-01-10",
              "exit": null,
              "meetings_counted": 1,
              "governance_meetings_counted": 1,
              "alignment": {
                "index": 79.6,
                "metrics": {
                  "A1": {
                    "score": 66.7,
                    "band": "red",
                    "name": "Charter completeness",
                    "inputs": 3,
                    "no_data": null
                  },
                  "A2": {
                    "score": 100.0,
                    "band": "green",
                    "name": "Mutual sign-off",
                    "inputs": 2,
                    "no_data": null
                  },
                  "A3": {
                    "score": 75.0,
                    "band": "amber",
                    "name": "Goal agreement",
                    "inputs": 1,
                    "no_data": null
                  },
                  "A4": {
                    "score": 100.0,
                    "band": "green",
                    "name": "Outcome clarity",
                    "inputs": 1,
                    "no_data": null,
                    "more_than_five_goals": false,
                    "goals": 1
                  },
                  "A5": {
                    "score": 75.0,
                    "band": "amber",
                    "name": "Shared view",
                    "inputs": 3,
                    "no_data": null
                  },
                  "A6": {
                    "score": 100.0,
                    "band": "green",
                    "name": "Participation balance",
                    "inputs": 2,
                    "no_data": null,
                    "presence": {
                      "acme": 100.0,
                      "globex": 100.0
                    },
                    "attendances": {
                      "acme": 1,
                      "globex": 1
                    },
                    "actions_owned": {
                      "acme": 1,
                      "globex": 1
                    }
                  },
                  "A7": {
                    "score": 100.0,
                    "band": "green",
                    "name": "Leads present",
                    "inputs": 1,
                    "no_data": null
                  },
                  "A8": {
                    "score": 100.0,
                    "band": "green",
                    "name": "Value balance",
                    "inputs": 2,
                    "no_data": null
                  },
                  "A9": {
                    "score": 0.0,
                    "band": "red",
                    "name": "Delivery balance",
                    "inputs": 2,
                    "no_data": null
                  }
                }
              },
              "outcome": {
                "index": 41.4,
                "metrics": {
                  "O1": {
                    "score": 44.4,
                    "band": "red",
                    "name": "KPI attainment",
                    "inputs": 1,
                    "no_data": null
                  },
                  "O2": {
                    "score": 50.0,
                    "band": "red",
                    "name": "Commitment reliability (say/do)",
                    "inputs": 2,
                    "no_data": null,
                    "say_do": {
                      "acme": 100.0,
                      "globex": 0.0
                    }
                  },
                  "O3": {
                    "score": 0.0,
                    "band": "red",
                    "name": "Issue resolution",
                    "inputs": 1,
                    "no_data": null,
                    "median_days_to_resolve": null
                  },
                  "O4": {
                    "score": 50.0,
                    "band": "red",
                    "name": "Governance cadence",
                    "inputs": 2,
                    "no_data": null,
                    "days_since_last_meeting": 20,
                    "longest_gap_days": 61,
                    "expected": 2,
                    "held": 1
                  },
                  "O5": {
                    "score": 62.5,
                    "band": "amber",
                    "name": "Relationship health",
                    "inputs": 3,
                    "no_data": null,
                    "mean_score": 3.50,
                    "trust": {
                      "acme": 4.00,
                      "globex": 3.00
                    }
                  }
                }
              },
              "goals": [
                {
                  "id": "G1",
                  "progress": 0.44,
                  "status": "on-track",
                  "title": "Cut resolution time",
                  "weight": 2.0,
                  "progress_unclamped": 0.44,
                  "latest_reading": 22.0,
                  "reading_date": "2026-03-12",
                  "baseline": 30.0,
                  "target": 12.0,
                  "due": "2026-12-31",
                  "retired": null
                }
              ],
              "parties": [
                {
                  "id": "acme",
                  "name": "Acme Corp",
                  "say_do": 100.0,
                  "actions_due": 1,
                  "actions_done_on_time": 1,
                  "actions_undated": 1,
                  "presence": 100.0,
                  "meetings_present": 1,
                  "attendances": 1,
                  "actions_owned": 1,
                  "trust": 4.00
                },
                {
                  "id": "globex",
                  "name": "Globex",
                  "say_do": 0.0,
                  "actions_due": 1,
                  "actions_done_on_time": 0,
                  "actions_undated": 0,
                  "presence": 100.0,
                  "meetings_present": 1,
                  "attendances": 1,
                  "actions_owned": 1,
                  "trust": 3.00
                }
              ],
              "actions": {
                "total": 2,
                "open": 1,
                "overdue": 1,
                "undated": 1
              },
              "issues": {
                "total": 1,
                "open": 1
              },
              "attention": [
                {
                  "kind": "overdue-action",
                  "message": "Raj Patel (globex): draft the joint runbook — due 2026-03-26, 6 days late",
                  "path": "partnerships/acme-globex/meetings/2026-03-12-steering.md",
                  "line": 17,
                  "party": "globex",
                  "days": 6,
                  "severity": "notice"
                },
                {
                  "kind": "shared-view-gap",
                  "message": "The parties' views of focus differ by 1 (acme 3, globex 4) in the pulse of 2026-03-12",
                  "path": "partnerships/acme-globex/meetings/2026-03-12-steering.md",
                  "line": 9,
                  "party": null,
                  "days": 0,
                  "severity": "notice"
                },
                {
                  "kind": "shared-view-gap",
                  "message": "The parties' views of trust differ by 1 (acme 4, globex 3) in the pulse of 2026-03-12",
                  "path": "partnerships/acme-globex/meetings/2026-03-12-steering.md",
                  "line": 9,
                  "party": null,
                  "days": 0,
                  "severity": "notice"
                },
                {
                  "kind": "missing-section",
                  "message": "The charter has no “Exit and renewal” section",
                  "path": "partnerships/acme-globex/charter.md",
                  "line": null,
                  "party": null,
                  "days": 0,
                  "severity": "notice"
                }
              ]
            }
          ],
          "tier_distribution": {
            "high-performing": 0,
            "healthy": 0,
            "marginal": 1,
            "at-risk": 0,
            "unrated": 0,
            "exiting": 0,
            "draft": 0,
            "ended": 0
          }
        }

        """#
}
