// Plans and rule sets for bench/suites/03-rego.mjs: the generated plan of N data sets, extended with
// the sections the pack's Rego rules read (important data, legal holds, deletions, exports).
import { generatePlanData } from '../generate-plan.mjs';

export function regoPlanData(datasets) {
  const plan = generatePlanData(datasets);
  const ids = plan.data_inventory.map((d) => d.id);
  plan.important_data = { declared: true, notified_by_authority: false, datasets: ids.filter((_, i) => i % 7 === 0) };
  plan.risk_assessments = [{ type: 'event', completed_on: '2026-08-01' }];
  plan.legal_holds = Array.from({ length: 20 }, (_, h) => ({
    matter: `纠纷 ${h}`,
    datasets: ids.filter((_, i) => i % 20 === h && i % 3 === 0),
    until: '2027-12-31',
  }));
  plan.deletion = { scheduled_on: '2026-10-01', datasets: plan.data_inventory.filter((d) => d.disposition === 'delete').map((d) => d.id) };
  plan.cross_border = {
    aggregation_basis: 'combined_entity',
    counting_year: 2026,
    flows: Array.from({ length: Math.max(1, Math.floor(datasets / 100)) }, (_, f) => ({
      id: `flow-${f}`,
      recipient: 'buyer',
      country: 'SG',
      access_type: 'transfer',
      datasets: [ids[f * 100]],
      individuals_ytd_non_sensitive: 5000,
      individuals_ytd_sensitive: 0,
      includes_important_data: false,
      mechanism: 'exempt',
      exemption: { ground: 'below_threshold', justification: '按合计数量判断' },
    })),
  };
  return plan;
}
