package pipl.retention_destruction_lithold_test

import data.pipl.retention_destruction

# 2026-06-01T00:00:00Z
june_2026 := 1780272000000000000

hold := {"matter": "prepaid-card dispute", "datasets": ["purchase-history"], "records": ["vouchers"], "until": "2027-06-30"}

plan(deletion, holds) := {
	"deletion": deletion,
	"legal_holds": holds,
	"retention_vault": [{"id": "vouchers", "expiry_date": "2056-12-31"}],
}

hold_findings(p) := {f |
	some f in retention_destruction.deny with input as p with time.now_ns as june_2026
	f.rule_id == "RETAIN-LITHOLD-017"
}

test_held_dataset_deleted_fires if {
	p := plan({"scheduled_on": "2026-07-10", "datasets": ["marketing-tags", "purchase-history"]}, [hold])
	hold_findings(p) == {{
		"rule_id": "RETAIN-LITHOLD-017",
		"pointer": "/deletion/datasets/1",
		"params": {"dataset": "purchase-history", "day": "2026-07-10", "matter": "prepaid-card dispute", "until": "2027-06-30"},
	}}
}

test_unscheduled_deletion_uses_lint_date if {
	p := plan({"datasets": ["purchase-history"]}, [hold])
	{f.params.day | some f in hold_findings(p)} == {"2026-06-01"}
}

test_trigger_date_used_when_not_scheduled if {
	p := plan({"trigger_date": "2026-08-15", "datasets": ["purchase-history"]}, [hold])
	{f.params.day | some f in hold_findings(p)} == {"2026-08-15"}
}

test_trigger_date_after_hold_quiet if {
	p := plan({"trigger_date": "2027-08-15", "datasets": ["purchase-history"]}, [hold])
	count(hold_findings(p)) == 0
}

test_deletion_after_hold_quiet if {
	p := plan({"scheduled_on": "2027-07-01", "datasets": ["purchase-history"]}, [hold])
	count(hold_findings(p)) == 0
}

test_other_dataset_quiet if {
	p := plan({"scheduled_on": "2026-07-10", "datasets": ["marketing-tags"]}, [hold])
	count(hold_findings(p)) == 0
}

test_record_expiring_during_hold_fires if {
	p := object.union(plan({"datasets": []}, [hold]), {"retention_vault": [{"id": "vouchers", "expiry_date": "2027-01-31"}]})
	hold_findings(p) == {{
		"rule_id": "RETAIN-LITHOLD-017",
		"message_id": "record_expires",
		"pointer": "/retention_vault/0/expiry_date",
		"params": {"record": "vouchers", "day": "2027-01-31", "matter": "prepaid-card dispute", "until": "2027-06-30"},
	}}
}

test_open_ended_hold_fires_and_blocks_deletion if {
	open := object.remove(hold, ["until"])
	p := plan({"scheduled_on": "2030-01-01", "datasets": ["purchase-history"]}, [open])
	{f.pointer | some f in hold_findings(p)} == {"/legal_holds/0/until", "/deletion/datasets/0"}
}

test_no_holds_quiet if {
	p := {"deletion": {"scheduled_on": "2026-07-10", "datasets": ["purchase-history"]}}
	count(hold_findings(p)) == 0
}
