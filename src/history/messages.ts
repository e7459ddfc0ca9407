import { defineMessages } from '../i18n/catalog.js';

export const historyMessages = defineMessages({
  'history.db_missing': {
    zh: '找不到评估历史数据库 {file}（先用 pipl-guard assess --record --db {file} 记录一次评估）',
    en: 'no assessment history database at {file} (record one with pipl-guard assess --record --db {file})',
  },
  'history.db_unreadable': { zh: '无法打开评估历史数据库 {file}：{reason}', en: 'cannot open the assessment history database {file}: {reason}' },
  'history.db_foreign': {
    zh: '{file} 不是 pipl-guard 评估历史数据库（其中已有其他数据表）',
    en: '{file} is not a pipl-guard assessment history database (it holds other tables)',
  },
  'history.db_newer': {
    zh: '{file} 由更新版本的 pipl-guard 创建（格式版本 {found}，本版本支持 {supported}）',
    en: '{file} was written by a newer pipl-guard (format version {found}; this version reads {supported})',
  },
  'history.no_such_assessment': { zh: '历史中没有编号为 {seq} 的评估（现有：{available}）', en: 'no assessment number {seq} in the history (recorded: {available})' },
  'history.bad_number': { zh: '评估编号必须是正整数，实际是 {value}', en: 'an assessment number is a positive whole number, got {value}' },
  'history.need_two': { zh: '比较需要至少两次评估，历史中只有 {count} 次', en: 'a diff needs two assessments; the history holds {count}' },
  'history.empty': { zh: '尚未记录任何评估。', en: 'No assessments recorded yet.' },
  'history.col.seq': { zh: '编号', en: '#' },
  'history.col.date': { zh: '日期', en: 'Date' },
  'history.col.report': { zh: '报告编号', en: 'Report ID' },
  'history.col.decision': { zh: '结论', en: 'Decision' },
  'history.col.overall': { zh: '剩余风险', en: 'Residual risk' },
  'history.col.findings': { zh: '发现项', en: 'Findings' },
  'history.col.accepted': { zh: '已接受', en: 'Accepted' },
  'history.col.blocking': { zh: '阻断', en: 'Blocking' },
  'history.col.plans': { zh: '方案', en: 'Plans' },
  'history.no_date': { zh: '（无日期）', en: '(no date)' },
  'history.diff.title': { zh: '评估 #{from} → #{to}', en: 'Assessment #{from} → #{to}' },
  'history.diff.decision': { zh: '结论：{from} → {to}', en: 'Decision: {from} → {to}' },
  'history.diff.overall': { zh: '总体剩余风险：{from} → {to}', en: 'Overall residual risk: {from} → {to}' },
  'history.diff.counts': {
    zh: '新增 {new}，已修复 {fixed}，风险或状态变化 {changed}，未变 {unchanged}',
    en: '{new} new, {fixed} fixed, {changed} changed in risk or status, {unchanged} unchanged',
  },
  'history.diff.new': { zh: '新增', en: 'New' },
  'history.diff.fixed': { zh: '已修复', en: 'Fixed' },
  'history.diff.changed': { zh: '变化', en: 'Changed' },
  'history.diff.accepted': { zh: '已接受', en: 'accepted' },
});
