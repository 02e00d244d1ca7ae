/**
 * `partition` CLI command: where would these keys go? Prints Kafka's murmur2 and the partition of each key.
 * Pure: takes the arguments after the command name, returns what to print and the exit code.
 */
import { createRng } from '../../engine/random/prng';
import { murmur2, partitionForKey } from '../../engine/producer/partitioning/murmur2';
import { choosePartition, createPartitionerState } from '../../engine/producer/partitioning/partitioners';
import { utf8Encode } from '../../engine/producer/serializers';
import type { CommandResult } from './result';

type PartitionerName = 'murmur2' | 'kafka-python';

interface PartitionArgs {
  partitions: number;
  partitioner: PartitionerName;
  keys: string[];
}

/** One line of `--help`. */
export const PARTITION_USAGE =
  'usage: partition --partitions N [--partitioner murmur2|kafka-python] [--] KEY...';

const MAX_PARTITIONS = 2147483647; // Java's int partition count

/**
 * Runs `partition --partitions N [--partitioner murmur2|kafka-python] KEY...` (argv excludes the word
 * `partition`). Keys are UTF-8 strings, `""` included; everything after `--` is a key even if it starts with
 * `-`. Prints `[{"key","murmur2","partition"}]`; bad arguments exit 2 with a one-line message on stderr.
 */
export function runPartitionCommand(argv: string[]): CommandResult {
  if (argv.includes('--help') && argv.indexOf('--help') < endOfOptions(argv)) {
    return { stdout: `${PARTITION_USAGE}\n`, stderr: '', exitCode: 0 };
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') return { stdout: '', stderr: `error: ${parsed}\n`, exitCode: 2 };

  const rows = parsed.keys.map((key) => {
    // The bytes Java's StringSerializer would send for this key.
    const bytes = utf8Encode(key, 'question-mark');
    return { key, murmur2: murmur2(bytes), partition: partitionOf(bytes, parsed) };
  });
  return { stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr: '', exitCode: 0 };
}

function partitionOf(keyBytes: Uint8Array, args: PartitionArgs): number {
  if (args.partitioner === 'murmur2') return partitionForKey(keyBytes, args.partitions);
  // Ask the engine's kafka-python partitioner itself; for a keyed record it needs no randomness.
  const cfg = {
    kind: 'kafka-python-default' as const,
    batchSize: 16384,
    adaptive: false,
    availabilityTimeoutMs: 0,
    ignoreKeys: false,
    kafka9965Bug: false,
  };
  // Keyed records hash over all partitions, so availability does not matter here.
  const view = { numPartitions: args.partitions, available: [], allBatchesFull: [] };
  return choosePartition(createPartitionerState(), cfg, view, { keyBytes }, createRng(0)).partition;
}

function endOfOptions(argv: string[]): number {
  const i = argv.indexOf('--');
  return i === -1 ? argv.length : i;
}

/** Parses the arguments, or returns the one-line problem. */
function parseArgs(argv: string[]): PartitionArgs | string {
  let partitions: number | null = null;
  let partitioner: PartitionerName | null = null;
  const keys: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      keys.push(...argv.slice(i + 1));
      break;
    }
    // A lone "-" is a key; anything else starting with "-" is an option.
    if (!arg.startsWith('-') || arg === '-') {
      keys.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--partitions' && name !== '--partitioner') {
      return `unknown option "${arg}" (a key that starts with "-" goes after "--", e.g. partition --partitions 3 -- ${arg})`;
    }
    let value: string;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else if (i + 1 < argv.length) {
      value = argv[++i]!;
    } else {
      return `${name} needs a value`;
    }
    if (name === '--partitions') {
      if (partitions !== null) return '--partitions was given more than once';
      if (!/^[1-9][0-9]*$/.test(value) || Number(value) > MAX_PARTITIONS) {
        return `--partitions must be a whole number from 1 to ${MAX_PARTITIONS}, got "${value}"`;
      }
      partitions = Number(value);
    } else {
      if (partitioner !== null) return '--partitioner was given more than once';
      if (value !== 'murmur2' && value !== 'kafka-python') {
        return `--partitioner must be murmur2 or kafka-python, got "${value}"`;
      }
      partitioner = value;
    }
  }
  if (partitions === null) return "--partitions is required (the topic's partition count)";
  if (keys.length === 0) return 'no KEY given (give at least one key; "" is a valid key)';
  return { partitions, partitioner: partitioner ?? 'murmur2', keys };
}
