/**
 * KafkaScope's command line: the same engine and scenarios as the app, headless.
 *   npm run -s cli -- run FILE [--seed N] [--until MS]
 *   npm run -s cli -- describe FILE --group G [--until MS] [--members | --state] [--verbose]
 *   npm run -s cli -- partition --partitions N [--partitioner murmur2|kafka-python] KEY...
 *   npm run -s cli -- assign --strategy range|roundrobin|sticky|cooperative-sticky|uniform|range-server FILE
 */
import { runAssignCommand } from './commands/assign';
import { runDescribeCommand } from './commands/describe';
import { runPartitionCommand } from './commands/partition';
import type { CommandResult } from './commands/result';
import { runRunCommand } from './commands/run';
import { readInputFile } from './readInputFile';

const HELP = `KafkaScope CLI — runs the simulation engine headless.

Commands:
  run FILE [--seed N] [--until MS]     run a scenario file, print a JSON report
                                       (run --help: what each report field counts)
  describe FILE --group G [--until MS] [--members | --state] [--verbose]
                                       what kafka-consumer-groups --describe prints at the end of the run
  partition --partitions N [--partitioner murmur2|kafka-python] KEY...
                                       which partition each key goes to (murmur2, as Kafka's Java client)
  assign --strategy range|roundrobin|sticky|cooperative-sticky|uniform|range-server FILE
                                       what a consumer group assignor does with FILE's members

Exit codes: 0 ok, 2 bad input (the message names the file, JSON path and problem).
`;

const readText = readInputFile;

export function main(argv: string[]): CommandResult {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return runRunCommand(rest, readText, (line) => process.stderr.write(line));
    case 'describe':
      return runDescribeCommand(rest, readText);
    case 'partition':
      return runPartitionCommand(rest);
    case 'assign':
      return runAssignCommand(rest, readText);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      return { stdout: HELP, stderr: '', exitCode: command === undefined ? 2 : 0 };
    default:
      return { stdout: '', stderr: `error: unknown command "${command}"\n\n${HELP}`, exitCode: 2 };
  }
}

/** An engine failure is a bug: say so in one line (no stack trace) and exit 1. */
function mainOrBug(argv: string[]): CommandResult {
  try {
    return main(argv);
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { stdout: '', stderr: `internal error (please report it): ${message}\n`, exitCode: 1 };
  }
}

const result = mainOrBug(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
