import { defineMessages } from '../i18n/catalog.js';

export const findingMessages = defineMessages({
  'findings.unverified_suffix': {
    zh: '（注意：部分法律依据尚未核实 [U]，请律师确认后再作为阻断项）',
    en: ' (note: part of the legal basis is unverified [U]; have counsel confirm it before treating this as blocking)',
  },
  'findings.missing_value': { zh: '（缺失）', en: '(missing)' },
});
