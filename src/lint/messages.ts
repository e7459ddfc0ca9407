import { defineMessages } from '../i18n/catalog.js';

export const lintMessages = defineMessages({
  'lint.plan_problem': { zh: '{detail_zh}', en: '{detail_en}' },
});
