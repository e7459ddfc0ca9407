package pipl.retention_destruction

import data.pipl.lib

# Negative credit information may be kept at most five years from the end of the adverse event.
credit_max_years := 5

credit_agency if input.entity.is_credit_reporting_agency == true

# Data sets that hold negative credit information: those of the vault entries kept for it.
credit_negative_datasets contains dataset if {
	some entry in input.retention_vault
	entry.legal_basis == "credit_negative_info"
	some dataset in entry.datasets
}

# METADATA
# title: Negative credit information is deleted after five years, whatever other retention duties say
# description: >-
#   A credit-reporting agency keeps negative credit information for five years from the end of the
#   adverse event and then deletes it: the period is a maximum, not a minimum. The plan states the
#   five-year maximum, every vault entry kept for negative credit information is marked as a maximum
#   of at most five years, and an entry that keeps the same data sets longer for another duty
#   (accounting, limitation periods) is locked to that purpose and justifies its fields.
# custom:
#   id: RETAIN-CREDIT-010
#   severity: high
#   title_zh: 不良信用信息保存期满五年即删除，其他留存义务不得延长
#   description_zh: >-
#     征信机构对不良信息的保存期限为自不良行为或事件终止之日起五年，期满应当删除：这是上限而非下限。
#     计划须写明五年上限；为不良信息设立的留存条目须标明为上限且不超过五年；因其他义务（会计、诉讼时效）
#     对同一数据集保存更久的条目，须限定用途并说明所保留字段的必要性。
#   message:
#     zh: 保存条目 {record} 保存不良信用信息 {value}，超过五年上限或未标明为上限。
#     en: "Retention entry {record} keeps negative credit information for {value}: more than the five-year maximum, or not marked as a maximum."
#   messages:
#     plan_maximum:
#       zh: 计划写明的不良信用信息保存上限为 {value}，须为不超过 5 年。
#       en: "The plan keeps negative credit information for at most {value} years; the maximum is 5."
#     conflict:
#       zh: 保存条目 {record}（{basis}，{value} 年）与不良信用信息共用数据集 {datasets}，须限定用途（restricted）并说明保留字段的必要性，超过五年的不良信息不得用于其他目的。
#       en: "Retention entry {record} ({basis}, {value} years) shares the data sets {datasets} with negative credit information: lock it to its purpose (restricted) and justify its fields; negative information older than five years may serve no other purpose."
#   remediation:
#     zh: 写明 credit.negative_info_max_years 为 5；不良信息留存条目设置 maximum 为 true、period_years 不超过 5、start_event 为 adverse_event_ended；与其共用数据集的其他留存条目设置 restricted 为 true 并填写 field_justification。
#     en: State credit.negative_info_max_years as 5; mark the negative-information vault entry maximum true with period_years at most 5 from adverse_event_ended; set restricted true and field_justification on any other entry that shares its data sets.
#   legal_basis:
#     - {instrument: Credit Regs, article: "16", verification: V}
#     - {instrument: pipl-guard, article: "conflicting retention duties resolved per purpose", verification: I}
#   references:
#     - obligations.md §2.8 RETAIN-CREDIT-010 and §4.2
#   tags: [retention, credit]
deny contains finding if {
	credit_agency
	years := object.get(object.get(input, "credit", {}), "negative_info_max_years", {"zh": "未写明", "en": "not stated"})
	not credit_years_ok(years)
	finding := lib.finding_msg("RETAIN-CREDIT-010", "plan_maximum", ["credit", "negative_info_max_years"], {"value": years})
}

deny contains finding if {
	credit_agency
	some i, entry in input.retention_vault
	entry.legal_basis == "credit_negative_info"
	some field, value in credit_entry_problems(entry)
	finding := lib.finding("RETAIN-CREDIT-010", ["retention_vault", i, field], {"record": entry.id, "value": value})
}

deny contains finding if {
	credit_agency
	some i, entry in input.retention_vault
	entry.legal_basis != "credit_negative_info"
	shared := {d | some d in object.get(entry, "datasets", []); d in credit_negative_datasets}
	count(shared) > 0
	longer_than_credit(entry)
	not purpose_locked(entry)
	finding := lib.finding_msg("RETAIN-CREDIT-010", "conflict", ["retention_vault", i], {
		"record": entry.id,
		"basis": entry.legal_basis,
		"value": object.get(entry, "period_years", "permanent"),
		"datasets": concat(", ", sort([d | some d in shared])),
	})
}

credit_years_ok(years) if {
	is_number(years)
	years <= credit_max_years
}

# field -> shown value, for each way a negative-information entry breaks the maximum.
credit_entry_problems(entry) := {field: value |
	some field, value in {
		"permanent": credit_permanent(entry),
		"period_years": credit_period(entry),
		"maximum": credit_not_maximum(entry),
	}
	value != false
}

credit_permanent(entry) := {"zh": "永久", "en": "ever"} if entry.permanent == true

else := false

credit_period(entry) := years_text(entry.period_years) if entry.period_years > credit_max_years

else := false

credit_not_maximum(entry) := years_text(object.get(entry, "period_years", "?")) if not entry.maximum == true

else := false

longer_than_credit(entry) if entry.permanent == true

longer_than_credit(entry) if entry.period_years > credit_max_years

purpose_locked(entry) if {
	entry.restricted == true
	entry.field_justification != ""
}

years_text(years) := {"zh": sprintf("%v 年", [years]), "en": sprintf("%v years", [years])}
