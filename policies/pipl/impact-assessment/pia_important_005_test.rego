package pipl.impact_assessment_test

import data.pipl.impact_assessment

plan(assessments) := {
	"important_data": {"declared": true, "datasets": ["grid-maps"]},
	"pi_transfers": [
		{"id": "member-transfer", "recipient": "successor", "datasets": ["members"], "planned_on": "2026-06-30"},
		{"id": "map-transfer", "recipient": "successor", "datasets": ["grid-maps", "members"], "planned_on": "2026-06-30"},
	],
	"risk_assessments": assessments,
}

test_no_assessment_fires if {
	impact_assessment.deny with input as plan([]) == {{
		"rule_id": "PIA-IMPORTANT-005",
		"pointer": "/pi_transfers/1",
		"params": {"transfer": "map-transfer", "recipient": "successor", "datasets": "grid-maps"},
	}}
}

test_assessment_for_another_recipient_fires if {
	findings := impact_assessment.deny with input as plan([{"type": "pre_provision", "recipient": "buyer", "completed_on": "2026-05-01"}])
	{f.pointer | some f in findings} == {"/pi_transfers/1"}
}

test_event_assessment_does_not_count if {
	findings := impact_assessment.deny with input as plan([{"type": "event", "completed_on": "2026-05-01"}])
	count(findings) == 1
}

test_timely_assessment_quiet if {
	findings := impact_assessment.deny with input as plan([{"type": "pre_provision", "recipient": "successor", "completed_on": "2026-06-30"}])
	count(findings) == 0
}

test_late_assessment_fires if {
	findings := impact_assessment.deny with input as plan([{"type": "pre_provision", "recipient": "successor", "completed_on": "2026-07-02"}])
	findings == {{
		"rule_id": "PIA-IMPORTANT-005",
		"message_id": "late",
		"pointer": "/risk_assessments/0/completed_on",
		"params": {"recipient": "successor", "transfer": "map-transfer", "done": "2026-07-02", "day": "2026-06-30"},
	}}
}

test_important_export_needs_assessment if {
	p := {"cross_border": {"flows": [{"id": "hq-sync", "recipient": "parent-sg", "datasets": ["grid-maps"], "includes_important_data": true}]}}
	findings := impact_assessment.deny with input as p with time.now_ns as 1780272000000000000
	findings == {{
		"rule_id": "PIA-IMPORTANT-005",
		"pointer": "/cross_border/flows/0",
		"params": {"transfer": "hq-sync", "recipient": "parent-sg", "datasets": "grid-maps"},
	}}
}

test_no_important_data_quiet if {
	p := object.union(plan([]), {"important_data": {"declared": false, "datasets": []}})
	findings := impact_assessment.deny with input as p
	count(findings) == 0
}
