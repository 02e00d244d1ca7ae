/** `run FILE [--seed N] [--until MS]`: runs a scenario headless and prints the JSON report. */
import { buildReport, createSimulation } from '../../engine';
import { LIMITS, limitMessage } from '../../scenarios/limits';
import { parseScenarioText } from '../../scenarios/parse';
import type { CommandResult } from './result';
import { usageError } from './result';
import { REPORT_FIELDS } from './reportFields';
import { runSliced } from './runSliced';

export const RUN_USAGE = 'usage: run FILE [--seed N] [--until MS]';

export function parseNonNegativeInt(flag: string, text: string | undefined): number | string {
  if (text === undefined) return `${flag}: expected a value`;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)))
    return `${flag}: expected a whole number ≥ 0, got "${text}"`;
  return Number(text);
}

/** `progress` gets lines for stderr while a long run goes on (the result's stderr has the rest). */
export function runRunCommand(
  argv: string[],
  readFile: (path: string) => string,
  progress?: (line: string) => void,
): CommandResult {
  let file: string | undefined;
  let seed: number | undefined;
  let until: number | undefined;
  if (argv.includes('--help') || argv.includes('-h'))
    return { stdout: `${RUN_USAGE}\n\n${REPORT_FIELDS}`, stderr: '', exitCode: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--seed' || arg === '--until') {
      const value = parseNonNegativeInt(arg, argv[++i]);
      if (typeof value === 'string') return usageError(value, RUN_USAGE);
      if (arg === '--seed') {
        if (value > 4294967295)
          return usageError(`--seed: expected at most 4294967295, got ${value}`, RUN_USAGE);
        seed = value;
      } else if (value > LIMITS.runMs) {
        return usageError(`--until: ${limitMessage('runMs', value)}`, RUN_USAGE);
      } else until = value;
    } else if (arg.startsWith('-')) {
      return usageError(`unknown option "${arg}"`, RUN_USAGE);
    } else if (file === undefined) {
      file = arg;
    } else {
      return usageError(`unexpected argument "${arg}" (one scenario file at a time)`, RUN_USAGE);
    }
  }
  if (file === undefined) return usageError('missing scenario FILE', RUN_USAGE);
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    return {
      stdout: '',
      stderr: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`,
      exitCode: 2,
    };
  }
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return { stdout: '', stderr: parsed.errors.join('\n') + '\n', exitCode: 2 };
  const scenario = { ...parsed.scenario, seed: seed ?? parsed.scenario.seed };
  const sim = createSimulation(scenario);
  const refused = runSliced(sim, until ?? scenario.durationMs, progress);
  if (refused) return { stdout: '', stderr: `${file}: ${refused}\n`, exitCode: 2 };
  return { stdout: JSON.stringify(buildReport(sim), null, 2) + '\n', stderr: '', exitCode: 0 };
}
