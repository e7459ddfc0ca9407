import { getHeapStatistics } from 'node:v8';
import { UserError } from '../errors/user-error.js';
import './limit-messages.js';

/**
 * Loading and validating a plan takes about 60 bytes of memory per byte of plan (YAML's syntax
 * tree with positions, kept for locating findings, plus the plain data; measured by
 * `npm run bench -- load`, see docs/limits.md). Running out of heap kills Node without a word a
 * user could act on, so a plan whose estimate does not fit in the heap that is left is refused
 * before parsing, with the way to raise the heap.
 */
export const MEMORY_PER_PLAN_BYTE = 64;

export function checkMemoryBudget(file: string, size: number): void {
  const heap = getHeapStatistics();
  const available = heap.heap_size_limit - heap.used_heap_size;
  const needed = size * MEMORY_PER_PLAN_BYTE;
  if (needed <= available) return;
  const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  throw new UserError(
    'plan.needs_more_memory',
    { size, needed_mb: mb(needed), free_mb: Math.floor(available / (1024 * 1024)), heap_mb: mb(heap.heap_size_limit), suggested_mb: mb(heap.used_heap_size + needed * 1.25) },
    { file },
  );
}
