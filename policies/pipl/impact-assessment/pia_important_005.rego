package pipl.impact_assessment

import data.pipl.lib

important_datasets := {d | some d in input.important_data.datasets}

# Every provision of important data: [path, id, recipient, date, data sets].
provisions contains {"path": ["pi_transfers", i], "id": t.id, "recipient": t.recipient, "day": day, "datasets": shared} if {
	some i, t in input.pi_transfers
	shared := {d | some d in object.get(t, "datasets", []); d in important_datasets}
	count(shared) > 0
	day := object.get(t, "planned_on", object.get(t, "completed_on", lib.today))
}

provisions contains {"path": ["cross_border", "flows", i], "id": f.id, "recipient": f.recipient, "day": lib.today, "datasets": {d | some d in object.get(f, "datasets", [])}} if {
	some i, f in input.cross_border.flows
	f.includes_important_data == true
}

pre_provision_for(recipient) := [k |
	some k, a in input.risk_assessments
	a.type == "pre_provision"
	a.recipient == recipient
]

assessed_in_time(p) if {
	some k in pre_provision_for(p.recipient)
	done := input.risk_assessments[k].completed_on
	not lib.before(p.day, done)
}

# METADATA
# title: Important data is provided, entrusted or jointly processed only after a risk assessment for that recipient
# description: >-
#   Before important data is provided to another party, entrusted or jointly processed, the
#   processor assesses the risk for that recipient (lawfulness and necessity, leak risk, the
#   recipient's integrity and compliance, the enforceability of the contract, technical measures).
#   Every transfer that carries an important data set and every export flagged as carrying
#   important data needs a pre-provision assessment for its recipient completed by the day of the
#   provision.
# custom:
#   id: PIA-IMPORTANT-005
#   severity: critical
#   title_zh: 向他方提供、委托处理或共同处理重要数据前，须针对该接收方完成风险评估
#   description_zh: >-
#     提供、委托处理、共同处理重要数据前，处理者须针对接收方开展风险评估（合法性与必要性、泄露风险、
#     接收方诚信与合规情况、合同约束力、技术措施）。每一个包含重要数据集的转移事项和每一个标明含重要数据的
#     出境事项，都须在提供之日前完成针对其接收方的 pre_provision 评估。
#   message:
#     zh: 事项 {transfer} 向 {recipient} 提供重要数据（{datasets}），但没有针对该接收方的提供前风险评估。
#     en: "{transfer} provides important data ({datasets}) to {recipient} without a pre-provision risk assessment for that recipient."
#   messages:
#     late:
#       zh: 针对 {recipient} 的提供前风险评估完成于 {done}，晚于事项 {transfer} 的提供日期 {day}。
#       en: "The pre-provision risk assessment for {recipient} is completed on {done}, after {transfer} provides the data on {day}."
#   remediation:
#     zh: 在 risk_assessments 中为每个接收重要数据的接收方增加 type 为 pre_provision 的评估，写明 recipient 和不晚于提供日期的 completed_on，并附评估报告。
#     en: Add a risk_assessments entry of type pre_provision for every recipient of important data, with its recipient, a completed_on no later than the provision and the report.
#   legal_basis:
#     - {instrument: NDSMR, article: "31", verification: V}
#     - {instrument: NDSMR, article: "57", verification: V}
#   references:
#     - obligations.md §2.10 PIA-IMPORTANT-005
#   tags: [important-data, risk-assessment]
deny contains finding if {
	some p in provisions
	count(pre_provision_for(p.recipient)) == 0
	finding := lib.finding("PIA-IMPORTANT-005", p.path, {
		"transfer": p.id,
		"recipient": p.recipient,
		"datasets": concat(", ", sort([d | some d in p.datasets])),
	})
}

deny contains finding if {
	some p in provisions
	count(pre_provision_for(p.recipient)) > 0
	not assessed_in_time(p)
	some k in pre_provision_for(p.recipient)
	done := object.get(input.risk_assessments[k], "completed_on", {"zh": "未写明", "en": "no date"})
	finding := lib.finding_msg("PIA-IMPORTANT-005", "late", ["risk_assessments", k, "completed_on"], {
		"recipient": p.recipient,
		"transfer": p.id,
		"done": done,
		"day": p.day,
	})
}
