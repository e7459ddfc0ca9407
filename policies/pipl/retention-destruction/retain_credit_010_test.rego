package pipl.retention_destruction_credit_test

import data.pipl.retention_destruction

credit_entry := {
	"id": "negative-info",
	"datasets": ["credit-files"],
	"legal_basis": "credit_negative_info",
	"period_years": 5,
	"maximum": true,
	"start_event": "adverse_event_ended",
}

plan(vault) := {
	"entity": {"is_credit_reporting_agency": true},
	"credit": {"negative_info_max_years": 5},
	"retention_vault": vault,
}

credit_findings(p) := {f | some f in retention_destruction.deny with input as p; f.rule_id == "RETAIN-CREDIT-010"}

test_compliant_agency_quiet if {
	count(credit_findings(plan([credit_entry]))) == 0
}

test_not_an_agency_quiet if {
	p := object.union(plan([object.union(credit_entry, {"period_years": 10})]), {"entity": {"is_credit_reporting_agency": false}})
	count(credit_findings(p)) == 0
}

test_period_above_five_years_fires if {
	credit_findings(plan([object.union(credit_entry, {"period_years": 7})])) == {{
		"rule_id": "RETAIN-CREDIT-010",
		"pointer": "/retention_vault/0/period_years",
		"params": {"record": "negative-info", "value": {"zh": "7 年", "en": "7 years"}},
	}}
}

test_permanent_and_not_maximum_fire_each if {
	entry := object.union(object.remove(credit_entry, ["maximum"]), {"permanent": true})
	{f.pointer | some f in credit_findings(plan([entry]))} == {"/retention_vault/0/permanent", "/retention_vault/0/maximum"}
}

test_plan_maximum_missing_fires if {
	p := object.remove(plan([credit_entry]), ["credit"])
	credit_findings(p) == {{
		"rule_id": "RETAIN-CREDIT-010",
		"message_id": "plan_maximum",
		"pointer": "/credit/negative_info_max_years",
		"params": {"value": {"zh": "未写明", "en": "not stated"}},
	}}
}

test_plan_maximum_too_long_fires if {
	p := object.union(plan([credit_entry]), {"credit": {"negative_info_max_years": 6}})
	{f.pointer | some f in credit_findings(p)} == {"/credit/negative_info_max_years"}
}

accounting := {
	"id": "vouchers",
	"datasets": ["credit-files", "ledger"],
	"legal_basis": "accounting_archives",
	"period_years": 30,
}

test_conflicting_duty_unlocked_fires if {
	credit_findings(plan([credit_entry, accounting])) == {{
		"rule_id": "RETAIN-CREDIT-010",
		"message_id": "conflict",
		"pointer": "/retention_vault/1",
		"params": {"record": "vouchers", "basis": "accounting_archives", "value": 30, "datasets": "credit-files"},
	}}
}

test_conflicting_duty_locked_to_purpose_quiet if {
	locked := object.union(accounting, {"restricted": true, "field_justification": "invoice number, amount and date only"})
	count(credit_findings(plan([credit_entry, locked]))) == 0
}

test_other_data_sets_quiet if {
	other := object.union(accounting, {"datasets": ["ledger"]})
	count(credit_findings(plan([credit_entry, other]))) == 0
}
