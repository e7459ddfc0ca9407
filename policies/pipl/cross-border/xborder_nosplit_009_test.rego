package pipl.cross_border_test

import data.pipl.cross_border

# 2026-03-01T00:00:00Z
now_2026 := 1772323200000000000

flow(id, mechanism, non_sensitive, sensitive) := {
	"id": id,
	"recipient": "parent-sg",
	"mechanism": mechanism,
	"individuals_ytd_non_sensitive": non_sensitive,
	"individuals_ytd_sensitive": sensitive,
	"includes_important_data": false,
}

plan(flows) := {
	"entity": {"is_cii_operator": false},
	"cross_border": {"aggregation_basis": "combined_entity", "counting_year": 2026, "flows": flows},
}

# Three exempt flows of 60,000 each: 180,000 together needs a standard contract for each.
test_split_exempt_flows_fire if {
	flows := [
		object.union(flow("crm", "exempt", 60000, 0), {"exemption": {"ground": "below_threshold"}}),
		object.union(flow("orders", "exempt", 60000, 0), {"exemption": {"ground": "below_threshold"}}),
		object.union(flow("support", "exempt", 60000, 0), {"exemption": {"ground": "below_threshold"}}),
	]
	findings := cross_border.deny with input as plan(flows) with time.now_ns as now_2026
	count(findings) == 3
	expected := {
		"rule_id": "XBORDER-NOSPLIT-009",
		"pointer": "/cross_border/flows/1/mechanism",
		"params": {
			"flow": "orders",
			"mechanism": "exempt",
			"total_non_sensitive": 180000,
			"total_sensitive": 0,
			"required": {"zh": "标准合同或认证", "en": "a standard contract or certification"},
		},
	}
	expected in findings
}

# Two standard contracts of 600,000 each: 1.2M together needs a security assessment.
test_split_scc_flows_need_assessment if {
	findings := cross_border.deny with input as plan([flow("a", "scc", 600000, 0), flow("b", "certification", 600000, 0)])
		with time.now_ns as now_2026
	{f.pointer | some f in findings} == {"/cross_border/flows/0/mechanism", "/cross_border/flows/1/mechanism"}
	every f in findings {
		f.params.required.en == "a security assessment"
	}
}

# Sensitive information adds up too: 6,000 + 6,000 > 10,000.
test_sensitive_volumes_add_up if {
	findings := cross_border.deny with input as plan([flow("a", "scc", 1000, 6000), flow("b", "scc", 1000, 6000)])
		with time.now_ns as now_2026
	count(findings) == 2
}

# Quiet: the aggregated volume is met by every flow's mechanism.
test_matching_mechanisms_quiet if {
	findings := cross_border.deny with input as plan([flow("a", "scc", 60000, 0), flow("b", "scc", 60000, 0)])
		with time.now_ns as now_2026
	count(findings) == 0
}

# Quiet: a flow that alone needs the heavier mechanism is XBORDER-MECH-001's finding, not a split.
test_single_large_flow_left_to_mech_rule if {
	findings := cross_border.deny with input as plan([flow("a", "scc", 2000000, 0)]) with time.now_ns as now_2026
	count(findings) == 0
}

# Quiet: volume-free exemptions and important data are not counted.
test_contract_necessity_not_counted if {
	flows := [
		object.union(flow("hotel", "exempt", 900000, 0), {"exemption": {"ground": "contract_necessity"}}),
		object.union(flow("crm", "exempt", 50000, 0), {"exemption": {"ground": "below_threshold"}}),
	]
	findings := cross_border.deny with input as plan(flows) with time.now_ns as now_2026
	count(findings) == 0
}

# Quiet: a CII operator needs an assessment for every flow anyway (XBORDER-MECH-001).
test_cii_operator_not_counted if {
	p := object.union(plan([flow("a", "scc", 600000, 0), flow("b", "scc", 600000, 0)]), {"entity": {"is_cii_operator": true}})
	findings := cross_border.deny with input as p with time.now_ns as now_2026
	count(findings) == 0
}

test_per_transfer_basis_fires if {
	p := object.union(plan([flow("a", "scc", 60000, 0)]), {"cross_border": {"aggregation_basis": "per_transfer"}})
	findings := cross_border.deny with input as p with time.now_ns as now_2026
	findings == {{
		"rule_id": "XBORDER-NOSPLIT-009",
		"message_id": "basis",
		"pointer": "/cross_border/aggregation_basis",
		"params": {"value": "per_transfer"},
	}}
}

test_missing_basis_fires if {
	p := {"cross_border": {"counting_year": 2026, "flows": [flow("a", "scc", 60000, 0)]}}
	findings := cross_border.deny with input as p with time.now_ns as now_2026
	findings == {{
		"rule_id": "XBORDER-NOSPLIT-009",
		"message_id": "basis",
		"pointer": "/cross_border/aggregation_basis",
		"params": {"value": {"zh": "未写明", "en": "not stated"}},
	}}
}

test_last_year_counts_fire if {
	findings := cross_border.deny with input as plan([flow("a", "scc", 60000, 0)]) with time.now_ns as 1798761600000000000
	findings == {{
		"rule_id": "XBORDER-NOSPLIT-009",
		"message_id": "year",
		"pointer": "/cross_border/counting_year",
		"params": {"value": 2026, "year": 2027},
	}}
}

# Quiet: nothing leaves China.
test_no_flows_quiet if {
	findings := cross_border.deny with input as {"cross_border": {"flows": []}} with time.now_ns as now_2026
	count(findings) == 0
}
