/**
 * `describe FILE --group G [--until MS] [--members | --state] [--verbose]`: runs a scenario headless and
 * prints what Kafka 4.0's `kafka-consumer-groups --describe --group G` would print at the end of the run
 * (the offsets view by default), for a classic or a consumer-protocol group (src/engine/consumer/describeGroup.ts).
 */
import { createSimulation, snapshot } from '../../engine';
import { describeMembers, describeOffsets, describeState } from '../../engine/consumer/describeGroup';
import { LIMITS, limitMessage } from '../../scenarios/limits';
import { parseScenarioText } from '../../scenarios/parse';
import { membersText, noticeText, offsetsText, stateText } from './describeText';
import type { CommandResult } from './result';
import { usageError } from './result';
import { parseNonNegativeInt } from './run';
import { runSliced } from './runSliced';

export const DESCRIBE_USAGE = 'usage: describe FILE --group G [--until MS] [--members | --state] [--verbose]';

export function runDescribeCommand(argv: string[], readFile: (path: string) => string): CommandResult {
  let file: string | undefined;
  let group: string | undefined;
  let until: number | undefined;
  let view: 'offsets' | 'members' | 'state' = 'offsets';
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--group') {
      group = argv[++i];
      if (group === undefined) return usageError('--group: expected a group id', DESCRIBE_USAGE);
    } else if (arg === '--until') {
      const value = parseNonNegativeInt(arg, argv[++i]);
      if (typeof value === 'string') return usageError(value, DESCRIBE_USAGE);
      if (value > LIMITS.runMs) return usageError(`--until: ${limitMessage('runMs', value)}`, DESCRIBE_USAGE);
      until = value;
    } else if (arg === '--members' || arg === '--state' || arg === '--offsets') {
      if (view !== 'offsets' && arg !== `--${view}`)
        return usageError('--members and --state: choose one', DESCRIBE_USAGE);
      view = arg === '--offsets' ? 'offsets' : arg === '--members' ? 'members' : 'state';
    } else if (arg === '--verbose') verbose = true;
    else if (arg.startsWith('-')) return usageError(`unknown option "${arg}"`, DESCRIBE_USAGE);
    else if (file === undefined) file = arg;
    else return usageError(`unexpected argument "${arg}" (one scenario file at a time)`, DESCRIBE_USAGE);
  }
  if (file === undefined) return usageError('missing scenario FILE', DESCRIBE_USAGE);
  if (group === undefined) return usageError('missing --group G', DESCRIBE_USAGE);
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { stdout: '', stderr: `${file}: cannot read the file (${why})\n`, exitCode: 2 };
  }
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return { stdout: '', stderr: parsed.errors.join('\n') + '\n', exitCode: 2 };
  const sim = createSimulation(parsed.scenario);
  const refused = runSliced(sim, until ?? parsed.scenario.durationMs);
  if (refused) return { stdout: '', stderr: `${file}: ${refused}\n`, exitCode: 2 };
  const g = snapshot(sim).groups.find((x) => x.id === group);
  // The tool's answer for a group the cluster does not know.
  if (!g) return { stdout: `\nError: Consumer group '${group}' does not exist.\n`, stderr: '', exitCode: 0 };
  const table =
    view === 'members'
      ? describeMembers(g, verbose)
      : view === 'state'
        ? describeState(g, verbose)
        : describeOffsets(g);
  const body =
    view === 'members' ? membersText(table) : view === 'state' ? stateText(table) : offsetsText(table);
  return { stdout: noticeText(g.id, table) + body, stderr: '', exitCode: 0 };
}
