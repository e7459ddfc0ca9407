import { defineMessages } from '../i18n/catalog.js';

/** Texts of the risk model: levels, adjustment reasons, confidence reasons, matrix errors. */
export const riskMessages = defineMessages({
  'risk.level.very_low': { zh: '很低', en: 'Very low' },
  'risk.level.low': { zh: '低', en: 'Low' },
  'risk.level.moderate': { zh: '中', en: 'Moderate' },
  'risk.level.high': { zh: '高', en: 'High' },
  'risk.level.very_high': { zh: '很高', en: 'Very high' },
  'risk.scale.1': { zh: '很低', en: 'Very low' },
  'risk.scale.2': { zh: '低', en: 'Low' },
  'risk.scale.3': { zh: '中', en: 'Moderate' },
  'risk.scale.4': { zh: '高', en: 'High' },
  'risk.scale.5': { zh: '很高', en: 'Very high' },
  'risk.confidence.high': { zh: '高', en: 'High' },
  'risk.confidence.medium': { zh: '中', en: 'Medium' },
  'risk.confidence.low': { zh: '低', en: 'Low' },
  'risk.decision.go': { zh: '可以执行（GO）', en: 'GO' },
  'risk.decision.no_go': { zh: '不得执行（NO-GO）', en: 'NO-GO' },
  'risk.treatment.modify': { zh: '整改（修改控制）', en: 'Modify (remediate)' },
  'risk.treatment.retain': { zh: '保留（已豁免并接受）', en: 'Retain (waived and accepted)' },
  'risk.treatment.track': { zh: '跟踪（基线中的已知问题）', en: 'Track (known, in baseline)' },

  'risk.base.rule': {
    zh: '规则自带的默认值：可能性 {likelihood}，影响 {impact}',
    en: 'rule default: likelihood {likelihood}, impact {impact}',
  },
  'risk.base.severity': {
    zh: '按严重程度“{severity}”的默认值：可能性 {likelihood}，影响 {impact}',
    en: 'default for severity "{severity}": likelihood {likelihood}, impact {impact}',
  },
  'risk.adjust.sensitive_pi': {
    zh: '计划包含敏感个人信息（个人信息保护法第 28 条）',
    en: 'the plan holds sensitive personal information (PIPL Art. 28)',
  },
  'risk.adjust.sensitive_over_100k': {
    zh: '敏感个人信息涉及 {count} 人，超过 10 万人',
    en: 'sensitive personal information of {count} individuals, more than 100,000',
  },
  'risk.adjust.minors': {
    zh: '计划包含不满十四周岁未成年人的个人信息（{count} 人）',
    en: 'the plan holds personal information of minors under 14 ({count} individuals)',
  },
  'risk.adjust.volume_1m': {
    zh: '个人信息主体 {count} 人，达到 100 万人',
    en: '{count} individuals, at least 1,000,000',
  },
  'risk.adjust.volume_10m': {
    zh: '个人信息主体 {count} 人，达到 1000 万人（网络数据安全管理条例第 28 条）',
    en: '{count} individuals, at least 10,000,000 (NDSMR Art. 28)',
  },
  'risk.adjust.important_data': {
    zh: '计划涉及重要数据（数据安全法第 21 条）',
    en: 'the plan involves important data (DSL Art. 21)',
  },
  'risk.adjust.cross_border': {
    zh: '计划包含 {count} 项出境数据流',
    en: 'the plan has {count} cross-border data flow(s)',
  },
  'risk.adjust.event_wind_down': {
    zh: '事件类型“{event}”：清退期间人员离职、监督减弱',
    en: 'event type "{event}": staff leave and oversight weakens during the wind-down',
  },
  'risk.adjust.small_scale': {
    zh: '规模小：{count} 人（少于 10 万人），无敏感个人信息、未成年人信息或重要数据',
    en: 'small scale: {count} individuals (fewer than 100,000), no sensitive PI, minors\' PI or important data',
  },
  'risk.confidence.unverified_basis': {
    zh: '法律依据含未核实来源 [U]',
    en: 'the legal basis includes an unverified source [U]',
  },
  'risk.confidence.interpretation_only': {
    zh: '法律依据仅为解释或工程判断 [I]',
    en: 'the legal basis is only an interpretation or design choice [I]',
  },
  'risk.confidence.counts_undated': {
    zh: '计划的人数统计没有截至日期（subject_counts.as_of）',
    en: 'the plan\'s subject counts have no as-of date (subject_counts.as_of)',
  },
  'risk.confidence.counts_missing': {
    zh: '计划没有给出个人信息主体人数（subject_counts.total_individuals），规模无法评估',
    en: 'the plan gives no subject count (subject_counts.total_individuals), so scale cannot be assessed',
  },

  'risk.matrix.not_found': { zh: '找不到风险矩阵文件：{file}', en: 'risk matrix file not found: {file}' },
  'risk.matrix.unreadable': { zh: '无法读取风险矩阵文件 {file}：{reason}', en: 'cannot read risk matrix file {file}: {reason}' },
  'risk.matrix.yaml_syntax': { zh: '风险矩阵 YAML 语法错误：{detail}', en: 'risk matrix YAML syntax error: {detail}' },
  'risk.matrix.not_mapping': { zh: '风险矩阵文件的顶层必须是映射', en: 'the top level of a risk matrix file must be a mapping' },
  'risk.matrix.unknown_key': {
    zh: '风险矩阵中未知的键“{key}”（允许：{allowed}）',
    en: 'unknown key "{key}" in the risk matrix (allowed: {allowed})',
  },
  'risk.matrix.missing_key': { zh: '风险矩阵缺少必需的键“{key}”', en: 'the risk matrix lacks the required key "{key}"' },
  'risk.matrix.bad_version': {
    zh: '不支持的风险矩阵 schema_version “{value}”（支持 "1"）',
    en: 'unsupported risk matrix schema_version "{value}" (supported: "1")',
  },
  'risk.matrix.bad_name': { zh: '风险矩阵的 name 必须是非空字符串', en: 'the risk matrix name must be a non-empty string' },
  'risk.matrix.bad_level': {
    zh: '“{value}”不是风险等级（允许：{allowed}）',
    en: '"{value}" is not a risk level (allowed: {allowed})',
  },
  'risk.matrix.bad_severity': {
    zh: '“{value}”不是严重程度（允许：{allowed}）',
    en: '"{value}" is not a severity (allowed: {allowed})',
  },
  'risk.matrix.bad_row': {
    zh: '{row} 必须是恰好 5 个风险等级的列表（可能性 1 到 5）',
    en: '{row} must be a list of exactly 5 risk levels (likelihood 1 to 5)',
  },
  'risk.matrix.not_monotonic_likelihood': {
    zh: '{row} 中可能性 {from} 到 {to} 的风险等级下降了；风险不得随可能性升高而降低',
    en: 'in {row} the risk falls from likelihood {from} to {to}; risk must not fall as likelihood rises',
  },
  'risk.matrix.not_monotonic_impact': {
    zh: '可能性 {likelihood} 一列中，影响 {from} 到 {to} 的风险等级下降了；风险不得随影响升高而降低',
    en: 'in the likelihood {likelihood} column the risk falls from impact {from} to {to}; risk must not fall as impact rises',
  },
});
