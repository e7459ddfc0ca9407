// Assembles the plan schema: top-level keys, $defs and sections in a fixed, documented order.
import { assessmentSections } from './assessment.mjs';
import { coreSections, notes } from './core.mjs';
import { buildDefs, PARTY_ROLES } from './defs.mjs';
import { describe, enumOf } from './dsl.mjs';
import { governanceSections } from './governance.mjs';
import { retentionSections } from './retention.mjs';
import { sectorSections } from './sector.mjs';
import { securitySections } from './security.mjs';
import { transferSections } from './transfer.mjs';

export const PLAN_SCHEMA_ID = 'https://pipl-guard.dev/schemas/plan/1/plan.schema.json';

export function buildPlanSchema() {
  const sections = {
    $schema: describe(
      { type: 'string', minLength: 1 },
      'Optional, for JSON plans: where editors find this schema (a path relative to the plan, or a URL). pipl-guard ignores it.',
      '可选，供 JSON 方案使用：编辑器查找本 schema 的位置（相对于方案的路径或网址）。pipl-guard 不读取此项。',
    ),
    schema_version: describe(
      { type: 'string', const: '1' },
      'Version of the plan format. Always "1" for this schema.',
      '方案格式版本。本 schema 固定为 "1"。',
    ),
    ...coreSections(),
    ...transferSections(),
    ...securitySections(),
    ...retentionSections(),
    ...assessmentSections(),
    ...governanceSections(),
    ...sectorSections(),
    notes: notes(),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PLAN_SCHEMA_ID,
    title: 'pipl-guard customer-data handling plan',
    description:
      'A customer-data handling plan for a Chinese corporate event (merger, division, sale, dissolution, deregistration, bankruptcy). Only schema_version, transaction.type and entity.name are required: the schema rejects malformed plans, the rules report missing facts.',
    'x-description-zh':
      '企业事件（合并、分立、出售、解散、注销、破产）中的客户数据处理方案。仅 schema_version、transaction.type 和 entity.name 为必填：schema 拒绝格式错误，缺失的事实由规则报告。',
    type: 'object',
    additionalProperties: false,
    required: ['schema_version', 'transaction', 'entity'],
    properties: sections,
    $defs: {
      ...buildDefs(),
      party_role: enumOf(PARTY_ROLES, 'What a party does in the event.', '主体在事件中的作用。'),
    },
  };
}
