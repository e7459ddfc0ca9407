import { defineMessages } from '../../i18n/catalog.js';

export const bundleOptionMessages = defineMessages({
  'cli.lint.opt_bundle': {
    zh: '用 OPA 编译的策略包（opa build -t wasm -e pipl/<类别>/deny 生成的 .tar.gz 或 policy.wasm）执行 Rego 规则',
    en: 'run the Rego rules from an OPA-compiled bundle (.tar.gz or policy.wasm from opa build -t wasm -e pipl/<category>/deny)',
  },
});
