import { defineMessages } from '../../i18n/catalog.js';

/** Errors of `lint --bundle` (an OPA bundle or policy.wasm built by `opa build -t wasm`). */
export const bundleMessages = defineMessages({
  'bundle.unreadable': { zh: '无法读取策略包 {file}：{reason}', en: 'cannot read the bundle {file}: {reason}' },
  'bundle.not_a_bundle': {
    zh: '{file} 不是 OPA 策略包：应为 opa build -t wasm 生成的 .tar.gz，或 policy.wasm 文件',
    en: '{file} is not an OPA bundle: expected a .tar.gz built by opa build -t wasm, or a policy.wasm file',
  },
  'bundle.bad_archive': { zh: '策略包 {file} 的压缩归档已损坏：{detail}', en: 'the archive of the bundle {file} is damaged: {detail}' },
  'bundle.bad_manifest': { zh: '策略包 {file} 的 .manifest 无效：{detail}', en: 'the .manifest of the bundle {file} is invalid: {detail}' },
  'bundle.bad_data': { zh: '策略包 {file} 的 data.json 无效：{detail}', en: 'the data.json of the bundle {file} is invalid: {detail}' },
  'bundle.no_wasm': {
    zh: '策略包 {file} 中没有 wasm 模块：请用 opa build -t wasm -e pipl/<类别>/deny 构建',
    en: 'the bundle {file} holds no wasm module: build it with opa build -t wasm -e pipl/<category>/deny',
  },
  'bundle.bad_wasm': { zh: '无法加载策略包 {file} 中的 wasm 模块 {module}：{detail}', en: 'cannot load the wasm module {module} of the bundle {file}: {detail}' },
  'bundle.no_entrypoint': {
    zh: '策略包 {file} 没有 pipl/<类别>/deny 形式的入口（现有入口：{found}）',
    en: 'the bundle {file} has no entrypoint of the form pipl/<category>/deny (entrypoints: {found})',
  },
  'bundle.not_a_category': {
    zh: '策略包 {file} 的入口 {entrypoint} 不对应任何规则类别',
    en: 'the entrypoint {entrypoint} of the bundle {file} names no rule category',
  },
  'bundle.no_metadata': {
    zh: '入口 {entrypoint} 没有规则元数据：.manifest 中没有带 custom.id 的注解，已加载的策略中也没有该类别的 Rego 规则',
    en: 'the entrypoint {entrypoint} has no rule metadata: the .manifest carries no annotation with custom.id, and the loaded policies have no Rego rule of that category',
  },
  'bundle.eval_failed': { zh: '执行策略包 {file} 的入口 {entrypoint} 失败：{detail}', en: 'evaluating the entrypoint {entrypoint} of the bundle {file} failed: {detail}' },
});
