import { defineMessages } from '../../i18n/catalog.js';

export const policyCommandMessages = defineMessages({
  'cli.policy.description': { zh: '测试和检查 Rego 策略', en: 'test and check Rego policies' },
  'cli.policy.test.description': {
    zh: '运行 *_test.rego 中的全部 test_ 规则并报告策略模块的行覆盖率',
    en: 'run every test_ rule of the *_test.rego files and report line coverage of the policy modules',
  },
  'cli.policy.lint.description': { zh: '编译全部 Rego 策略并报告错误（文件:行:列）', en: 'compile every Rego policy and report errors (file:line:col)' },
  'cli.policy.arg_dirs': { zh: '策略目录（默认：随附的 policies/）', en: 'policy folders (default: the shipped policies/)' },
  'cli.policy.opt_now': { zh: '未模拟 time.now_ns 的测试所用的当前时间（ISO 日期或时间戳）', en: 'the current time for tests that do not mock time.now_ns (ISO date or timestamp)' },
  'cli.policy.opt_threshold': { zh: '总行覆盖率低于该百分比时失败（退出码 1）', en: 'fail (exit 1) when total line coverage is below this percentage' },
  'cli.policy.opt_format': { zh: '输出格式', en: 'output format' },
  'cli.policy.opt_quiet_pass': { zh: '只列出失败的测试', en: 'list failing tests only' },
  'cli.policy.bad_threshold': { zh: '--threshold 必须是 0 到 100 之间的数：{value}', en: '--threshold must be a number from 0 to 100: {value}' },
  'cli.policy.pass': { zh: '通过', en: 'PASS' },
  'cli.policy.fail': { zh: '失败', en: 'FAIL' },
  'cli.policy.summary': { zh: '{passed} 个通过，{failed} 个失败', en: '{passed} passed, {failed} failed' },
  'cli.policy.no_tests': { zh: '没有找到 test_ 规则', en: 'no test_ rules found' },
  'cli.policy.coverage_title': { zh: '行覆盖率（策略模块）：', en: 'Line coverage (policy modules):' },
  'cli.policy.coverage_uncovered': { zh: '未覆盖的行：{lines}', en: 'uncovered lines: {lines}' },
  'cli.policy.coverage_total': { zh: '合计 {covered}/{total} 行，{percent}%', en: 'total {covered}/{total} lines, {percent}%' },
  'cli.policy.below_threshold': { zh: '行覆盖率 {percent}% 低于阈值 {threshold}%', en: 'line coverage {percent}% is below the threshold {threshold}%' },
  'cli.policy.lint_ok': {
    zh: '{files} 个 Rego 文件编译通过，其中 {rules} 条 pipl-guard 规则',
    en: '{files} Rego file(s) compile; {rules} pipl-guard rule(s)',
  },
});
