import type { Lang } from '../i18n/lang.js';

/** What every command receives: the chosen language and where to write. */
export interface CliContext {
  lang: Lang;
  debug: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}
