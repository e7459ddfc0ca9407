import { defineMessages } from '../../i18n/catalog.js';

/** Texts written into plan templates (`pipl-guard init`). */
export const templateMessages = defineMessages({
  'plan.template.title': { zh: 'pipl-guard 客户数据处理方案模板：{event}（{label}）', en: 'pipl-guard customer-data handling plan template: {event} ({label})' },
  'plan.template.how_to_1': {
    zh: '"#" 紧接字段名的行是示例：删除 "#" 并把示例值换成真实情况；"# " 开头的行是说明。',
    en: 'Lines where "#" is directly followed by a key are examples: delete the "#" and replace the example with the fact. Lines starting with "# " explain.',
  },
  'plan.template.how_to_2': {
    zh: '只有 schema_version、transaction.type 和 entity.name 必填；未写明的事实由 pipl-guard lint 报告为缺失。',
    en: 'Only schema_version, transaction.type and entity.name are required; facts left out are reported as missing by pipl-guard lint.',
  },
  'plan.template.how_to_3': {
    zh: 'id 只能包含小写字母、数字、- 和 _；其他部分通过 id 引用 parties、data_inventory、systems 和 retention_vault 中的条目。',
    en: 'Ids use lower-case letters, digits, - and _; other parts refer to entries of parties, data_inventory, systems and retention_vault by id.',
  },
  'plan.template.check': { zh: '检查：pipl-guard validate {file}，然后 pipl-guard lint {file}', en: 'Check: pipl-guard validate {file}, then pipl-guard lint {file}' },
  'plan.template.placeholder_name': { zh: '待填写：公司登记全称', en: 'TO FILL: registered company name' },
  'plan.template.values': { zh: '可选值：', en: 'Values:' },
  'plan.template.event.merger_absorption': { zh: '吸收合并', en: 'merger by absorption' },
  'plan.template.event.merger_new_entity': { zh: '新设合并', en: 'merger by new establishment' },
  'plan.template.event.division': { zh: '分立', en: 'division' },
  'plan.template.event.dissolution_liquidation': { zh: '解散清算', en: 'dissolution and liquidation' },
  'plan.template.event.bankruptcy_liquidation': { zh: '破产清算', en: 'bankruptcy liquidation' },
  'plan.template.event.bankruptcy_reorganisation': { zh: '破产重整', en: 'bankruptcy reorganisation' },
  'plan.template.event.asset_sale': { zh: '资产出售', en: 'asset sale' },
  'plan.template.event.share_sale': { zh: '股权转让', en: 'share sale' },
  'plan.template.event.business_line_transfer': { zh: '业务转让', en: 'business line transfer' },
  'plan.template.event.simplified_deregistration': { zh: '简易注销', en: 'simplified deregistration' },
});
