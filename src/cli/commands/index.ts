import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerAssess } from './assess.js';
import { registerHistory } from './history.js';
import { registerInit } from './init.js';
import { registerLint } from './lint.js';
import { registerPolicy } from './policy.js';
import { registerRules } from './rules.js';
import { registerRegoEval } from './rego-eval.js';
import { registerValidate } from './validate.js';

/** A command module adds itself to the program; `setExit` raises the process exit code. */
export type RegisterCommand = (program: Command, ctx: CliContext, setExit: (code: number) => void) => void;

/** Every command of the CLI, in help order. Add one line per command module. */
export const commandRegistrations: RegisterCommand[] = [
  registerValidate,
  registerLint,
  registerRules,
  registerAssess,
  registerHistory,
  registerInit,
  registerRegoEval,
  registerPolicy,
];
