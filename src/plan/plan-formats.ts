import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Format } from 'ajv/dist/2020.js';
import { isValidUscc } from './uscc.js';

/**
 * Every string format a plan schema may use: ajv-formats' full set plus `uscc` (GB 32100). The
 * same object serves the runtime compiler and the validator generated at build time, so both
 * check formats alike.
 */
export function planFormats(): Record<string, Format> {
  return { ...(fullFormats as Record<string, Format>), uscc: { type: 'string', validate: isValidUscc } };
}
