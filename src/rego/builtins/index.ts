/**
 * Loads every builtin family so that each registers itself. Import this module (not the family
 * modules) before compiling or evaluating Rego.
 */
import './core-arith.js';
import './core-collections.js';
import './bits.js';
import './crypto.js';
import './encoding.js';
import './glob.js';
import './graph.js';
import './graphql.js';
import './json.js';
import './jwt.js';
import './net.js';
import './rand.js';
import './regex.js';
import './rego.js';
import './sandboxed.js';
import './semver.js';
import './strings.js';
import './time.js';
import './units.js';
import './uuid.js';
