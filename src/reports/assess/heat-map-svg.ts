import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import type { RiskLevel } from '../../risk/scales.js';
import { escapeHtml } from './escape.js';

/** Fill colours of the risk levels (a colour-blind-safe green-to-red ramp, readable in greyscale). */
export const LEVEL_COLOURS: Record<RiskLevel, { fill: string; ink: string }> = {
  very_low: { fill: '#d8ecd2', ink: '#1f3d1a' },
  low: { fill: '#a9d39e', ink: '#1f3d1a' },
  moderate: { fill: '#f6d878', ink: '#4a3b00' },
  high: { fill: '#f29b5c', ink: '#4a1e00' },
  very_high: { fill: '#c8372d', ink: '#ffffff' },
};

/**
 * A 5 x 5 heat map as inline SVG: rows are impact (5 at the top), columns likelihood (1 at the
 * left); each cell is coloured by the matrix and shows how many findings fall in it.
 */
export function heatMapSvg(cells: RiskLevel[][], counts: number[][], title: string, lang: Lang): string {
  const size = 54;
  const left = 58;
  const top = 14;
  const width = left + size * 5 + 8;
  const height = top + size * 5 + 46;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="heat" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
  );
  out.push(`<title>${escapeHtml(title)}</title>`);
  for (let impact = 5; impact >= 1; impact--) {
    const y = top + (5 - impact) * size;
    out.push(`<text x="${left - 10}" y="${y + size / 2 + 5}" text-anchor="end" class="axis">${impact}</text>`);
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      const x = left + (likelihood - 1) * size;
      const level = cells[impact - 1]![likelihood - 1]!;
      const n = counts[impact - 1]![likelihood - 1]!;
      const colour = LEVEL_COLOURS[level];
      out.push(
        `<rect x="${x}" y="${y}" width="${size - 2}" height="${size - 2}" rx="3" fill="${colour.fill}" data-level="${level}" data-likelihood="${likelihood}" data-impact="${impact}" data-count="${n}"/>`,
      );
      if (n > 0) {
        out.push(`<text x="${x + (size - 2) / 2}" y="${y + size / 2 + 6}" text-anchor="middle" class="count" fill="${colour.ink}">${n}</text>`);
      }
    }
  }
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    out.push(`<text x="${left + (likelihood - 1) * size + (size - 2) / 2}" y="${top + size * 5 + 16}" text-anchor="middle" class="axis">${likelihood}</text>`);
  }
  out.push(`<text x="${left + (size * 5) / 2}" y="${height - 6}" text-anchor="middle" class="axis-title">${escapeHtml(t('report.assess.heat.likelihood', lang))} →</text>`);
  out.push(
    `<text x="14" y="${top + (size * 5) / 2}" text-anchor="middle" class="axis-title" transform="rotate(-90 14 ${top + (size * 5) / 2})">${escapeHtml(t('report.assess.heat.impact', lang))} →</text>`,
  );
  out.push('</svg>');
  return out.join('');
}
