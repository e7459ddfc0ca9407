import { defineMessages } from '../../i18n/catalog.js';

/** Texts of the terminal format. */
export const textFormatMessages = defineMessages({
  'text.no_findings': { zh: '未发现问题：检查了 {plans} 个计划、{rules} 条规则', en: 'no findings in {plans} plan(s), {rules} rule(s) evaluated' },
  'text.summary': {
    zh: '{total} 个问题（严重 {critical}，高 {high}，中 {medium}，低 {low}），检查了 {plans} 个计划、{rules} 条规则',
    en: '{total} finding(s) ({critical} critical, {high} high, {medium} medium, {low} low) in {plans} plan(s), {rules} rule(s) evaluated',
  },
  'text.status_counts': { zh: '其中已豁免 {waived} 个、基线已知 {baselined} 个', en: '{waived} waived, {baselined} baselined' },
  'text.gate_failed': { zh: '结果：未通过（存在“{fail_on}”或更高级别的未解决问题）', en: 'result: FAILED (open findings at {fail_on} or above)' },
  'text.gate_passed': { zh: '结果：通过（没有“{fail_on}”或更高级别的未解决问题）', en: 'result: passed (no open findings at {fail_on} or above)' },
  'text.gate_never': { zh: '结果：不以问题级别判定失败（--fail-on never）', en: 'result: not gated on findings (--fail-on never)' },
  'text.now': { zh: '评估日期：{now}', en: 'evaluated as of {now}' },
  'text.notices': { zh: '提示：', en: 'notices:' },
});
