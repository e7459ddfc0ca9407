package pipl.cross_border

import data.pipl.lib

# Flows whose volumes count towards the thresholds: every flow of a non-CII exporter except flows
# with important data (always a security assessment, XBORDER-IMPORTANT-012) and flows exempt on a
# ground that does not depend on volume.
counted_flows contains i if {
	not input.entity.is_cii_operator == true
	some i, flow in input.cross_border.flows
	not flow.includes_important_data == true
	not volume_free_exemption(flow)
}

volume_free_exemption(flow) if {
	flow.mechanism == "exempt"
	flow.exemption.ground != "below_threshold"
}

total_non_sensitive := sum([object.get(input.cross_border.flows[i], "individuals_ytd_non_sensitive", 0) | some i in counted_flows])

total_sensitive := sum([object.get(input.cross_border.flows[i], "individuals_ytd_sensitive", 0) | some i in counted_flows])

# Mechanism tiers: 0 exempt, 1 standard contract or certification, 2 security assessment.
tier(non_sensitive, sensitive) := 2 if {
	non_sensitive > 1000000
} else := 2 if {
	sensitive > 10000
} else := 1 if {
	non_sensitive >= 100000
} else := 1 if {
	sensitive > 0
} else := 0

mechanism_tier := {"exempt": 0, "scc": 1, "certification": 1, "security_assessment": 2}

tier_name := {
	0: {"zh": "豁免", "en": "an exemption"},
	1: {"zh": "标准合同或认证", "en": "a standard contract or certification"},
	2: {"zh": "安全评估", "en": "a security assessment"},
}

# METADATA
# title: Cross-border volumes are counted across all flows since 1 January; splitting does not lower the mechanism
# description: >-
#   The export thresholds apply to the volumes of the whole year since 1 January, added up over all
#   flows of the exporter (after a merger, of the combined entity). A flow whose own volume would
#   allow a lighter mechanism still needs the mechanism the aggregated volume requires, the plan
#   states that volumes are aggregated (not per transfer), and the counts are for the current year.
# custom:
#   id: XBORDER-NOSPLIT-009
#   severity: high
#   title_zh: 出境数量自 1 月 1 日起按全部出境事项合并计算，拆分不能降低出境机制
#   description_zh: >-
#     出境门槛按当年 1 月 1 日起累计的数量计算，并对出境方（合并后为合并主体）的全部出境事项合并计数。
#     单个事项自身数量较小、但合计数量要求更严格机制的，仍须采用合计数量所要求的机制；计划须写明按合并口径计数，
#     且计数年度为当年。
#   message:
#     zh: 出境事项 {flow} 采用 {mechanism}，但全部出境事项合计 {total_non_sensitive} 人非敏感、{total_sensitive} 人敏感个人信息，须采用{required}。
#     en: "Cross-border flow {flow} uses {mechanism}, but all flows together carry {total_non_sensitive} individuals' non-sensitive and {total_sensitive} individuals' sensitive information, which requires {required}."
#   messages:
#     basis:
#       zh: 出境数量的计数口径为 {value}：须按合并主体的全部出境事项合并计数（combined_entity 或 this_entity），不得按单次出境计数。
#       en: "Export volumes are counted as {value}: they must be aggregated over all flows (combined_entity or this_entity), never per transfer."
#     year:
#       zh: 出境数量的计数年度为 {value}，而当前为 {year} 年：须自当年 1 月 1 日起重新累计。
#       en: "Export volumes are counted for {value} but the current year is {year}: count again from 1 January of this year."
#   remediation:
#     zh: 将 cross_border.aggregation_basis 设为 combined_entity（合并后）或 this_entity，按当年累计的合计数量为每个出境事项选择机制；合计超过门槛的，拆分后的各事项均须申报安全评估或订立标准合同/认证。
#     en: Set cross_border.aggregation_basis to combined_entity (after a merger) or this_entity, and choose each flow's mechanism from the year-to-date total of all flows; above a threshold every split flow needs the security assessment or the standard contract/certification.
#   legal_basis:
#     - {instrument: CB Provisions, article: "7–8", verification: S}
#     - {instrument: SCC Measures, article: "no splitting to stay under the thresholds", verification: S}
#     - {instrument: Cert Measures, article: "no splitting to stay under the thresholds", verification: S}
#     - {instrument: pipl-guard, article: "aggregation across the combined entity", verification: I}
#   references:
#     - obligations.md §2.9 XBORDER-NOSPLIT-009 and §5.1
#   tags: [cross-border, thresholds]
deny contains finding if {
	some i in counted_flows
	flow := input.cross_border.flows[i]
	required := tier(total_non_sensitive, total_sensitive)
	own := tier(object.get(flow, "individuals_ytd_non_sensitive", 0), object.get(flow, "individuals_ytd_sensitive", 0))
	used := mechanism_tier[flow.mechanism]
	used < required
	own < required
	finding := lib.finding("XBORDER-NOSPLIT-009", ["cross_border", "flows", i, "mechanism"], {
		"flow": flow.id,
		"mechanism": flow.mechanism,
		"total_non_sensitive": total_non_sensitive,
		"total_sensitive": total_sensitive,
		"required": tier_name[required],
	})
}

deny contains finding if {
	count(input.cross_border.flows) > 0
	basis := object.get(input.cross_border, "aggregation_basis", {"zh": "未写明", "en": "not stated"})
	not basis in {"combined_entity", "this_entity"}
	finding := lib.finding_msg("XBORDER-NOSPLIT-009", "basis", ["cross_border", "aggregation_basis"], {"value": basis})
}

deny contains finding if {
	count(input.cross_border.flows) > 0
	year := input.cross_border.counting_year
	year != lib.current_year
	finding := lib.finding_msg("XBORDER-NOSPLIT-009", "year", ["cross_border", "counting_year"], {"value": year, "year": lib.current_year})
}
