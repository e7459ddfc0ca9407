package pipl.retention_destruction

import data.pipl.lib

# The day deletion happens: the scheduled date, else the trigger date, else the lint date.
deletion_day := object.get(input.deletion, "scheduled_on", object.get(input.deletion, "trigger_date", lib.today))

# A hold is still in force on a day when it has no end date or ends on or after that day.
hold_in_force(hold, day) if not hold.until

hold_in_force(hold, day) if not lib.before(hold.until, day)

# Per hold, the set of data sets and of vault records it names; the deleted data sets and the vault
# entries by id. Built once per plan: each hold is intersected with the deletion list as sets, so
# the rule stays linear in plan size.
hold_datasets := [{d | some d in object.get(hold, "datasets", [])} | some hold in input.legal_holds]

hold_records := [{r | some r in object.get(hold, "records", [])} | some hold in input.legal_holds]

deleted_datasets := {d | some d in input.deletion.datasets}

deletion_index := {d: j | some j, d in input.deletion.datasets}

vault_index := {entry.id: k | some k, entry in input.retention_vault}

# METADATA
# title: Nothing a litigation or regulatory hold covers is deleted while the hold lasts, and every hold ends
# description: >-
#   A litigation or regulatory hold suspends deletion of the records it covers: a data set scheduled
#   for deletion while a hold on it is in force, or a vault entry that expires during the hold,
#   destroys evidence. Retention for defending claims must be justified and time-limited, so every
#   hold states when it is expected to end.
# custom:
#   id: RETAIN-LITHOLD-017
#   severity: medium
#   title_zh: 诉讼或监管保全期间不得删除所涉数据，且每项保全须有期限
#   description_zh: >-
#     诉讼或监管保全暂停对所涉记录的删除：在保全有效期间计划删除被保全的数据集，或留存条目在保全期间到期，
#     都会毁损证据。为应对索赔而保留须有理由并有期限，因此每项保全都须写明预计解除日期。
#   message:
#     zh: 数据集 {dataset} 计划于 {day} 删除，但保全事项“{matter}”（至 {until}）仍覆盖该数据集。
#     en: "The data set {dataset} is scheduled for deletion on {day} while the hold “{matter}” (until {until}) covers it."
#   messages:
#     record_expires:
#       zh: 留存条目 {record} 于 {day} 到期，早于保全事项“{matter}”的解除日期 {until}。
#       en: "The retention entry {record} expires on {day}, before the hold “{matter}” ends ({until})."
#     no_end:
#       zh: 保全事项“{matter}”没有写明预计解除日期（until）：为应对索赔而保留须有期限。
#       en: "The hold “{matter}” states no expected end (until): retention for claims must be time-limited."
#   remediation:
#     zh: 将被保全的数据集移出 deletion.datasets，或将删除安排在保全解除之后；将被保全留存条目的 expiry_date 延至保全解除之后；为每项保全写明 until。
#     en: Take held data sets out of deletion.datasets or schedule deletion after the hold ends; extend the expiry_date of held vault entries past the hold; state until for every hold.
#   legal_basis:
#     - {instrument: Civil Code, article: "188", verification: V}
#     - {instrument: EBL, article: "123", verification: V}
#     - {instrument: APL, article: "36", verification: V}
#     - {instrument: pipl-guard, article: "holds suspend deletion", verification: I}
#   references:
#     - obligations.md §2.8 RETAIN-LITHOLD-017 and §4.2
#   tags: [retention, legal-hold]
deny contains finding if {
	some i, hold in input.legal_holds
	some dataset in hold_datasets[i] & deleted_datasets
	hold_in_force(hold, deletion_day)
	j := deletion_index[dataset]
	finding := lib.finding("RETAIN-LITHOLD-017", ["deletion", "datasets", j], {
		"dataset": dataset,
		"day": deletion_day,
		"matter": hold.matter,
		"until": object.get(hold, "until", {"zh": "未定", "en": "open-ended"}),
	})
}

deny contains finding if {
	some i, hold in input.legal_holds
	some record in hold_records[i]
	k := vault_index[record]
	entry := input.retention_vault[k]
	lib.before(entry.expiry_date, hold.until)
	finding := lib.finding_msg("RETAIN-LITHOLD-017", "record_expires", ["retention_vault", k, "expiry_date"], {
		"record": entry.id,
		"day": entry.expiry_date,
		"matter": hold.matter,
		"until": hold.until,
	})
}

deny contains finding if {
	some i, hold in input.legal_holds
	not hold.until
	finding := lib.finding_msg("RETAIN-LITHOLD-017", "no_end", ["legal_holds", i, "until"], {"matter": hold.matter})
}
