/**
 * Loads every builtin family so that each registers itself. Import this module (not the family
 * modules) before compiling or evaluating Rego.
 */
import './core-arith.js';
import './core-collections.js';
