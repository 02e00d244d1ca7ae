/**
 * The text `kafka-consumer-groups --describe` prints, column widths included (Kafka 4.0 tools,
 * `ConsumerGroupCommand.printOffsets` / `printOffsetFormat`, `printMembers`, `printStates`,
 * `shouldPrintMemberState`): left-aligned `%-Ns` columns one space apart, each at least the tool's minimum
 * width and widened to its longest value; the stderr notices are put where the tool prints them.
 */
import type { DescribeTable } from '../../engine/consumer/describeGroup';

const pad = (text: string, width: number) => text.padEnd(width);

/** Width of a column: its minimum, or its longest value. */
function widest(rows: string[][], column: number, min: number): number {
  return rows.reduce((w, r) => Math.max(w, (r[column] ?? '').length), min);
}

function line(values: string[], widths: (number | null)[]): string {
  return values.map((v, i) => (widths[i] === null ? v : pad(v, widths[i]!))).join(' ');
}

/** shouldPrintMemberState's message (stdout for an error, stderr otherwise; here in order). */
export function noticeText(group: string, table: DescribeTable): string {
  switch (table.notice) {
    case 'dead':
      return `\nError: Consumer group '${group}' does not exist.\n`;
    case 'empty':
      return `\nConsumer group '${group}' has no active members.\n`;
    case 'rebalancing':
      return `\nWarning: Consumer group '${group}' is rebalancing.\n`;
    default:
      return '';
  }
}

/** `--describe` / `--offsets` (GROUP TOPIC PARTITION … CLIENT-ID). */
export function offsetsText(table: DescribeTable): string {
  if (!table.printed) return '';
  const rows = table.rows;
  const w = [
    widest(rows, 0, 15),
    widest(rows, 1, 15),
    10,
    15,
    15,
    15,
    widest(rows, 6, 15),
    widest(rows, 7, 15),
    null,
  ];
  return [table.head, ...rows].map((r) => `\n${line(r, w)}`).join('') + '\n';
}

/** `--describe --members [--verbose]`: the header is printed even when there is no member. */
export function membersText(table: DescribeTable): string {
  const instance = table.head.includes('GROUP-INSTANCE-ID');
  const verbose = table.head.includes('CURRENT-EPOCH');
  const rows = table.printed ? table.rows : [];
  const fixed = instance ? 6 : 5;
  const w: (number | null)[] = [widest(rows, 0, 15), widest(rows, 1, 15)];
  if (instance) w.push(widest(rows, 2, 17));
  w.push(widest(rows, fixed - 3, 15), widest(rows, fixed - 2, 15), 15);
  // "%-15s " ends the first part with a space; the verbose part follows it directly.
  const first = (r: string[]) => line(r.slice(0, fixed), w) + ' ';
  const wv = [15, widest(rows, fixed + 1, 20), 15, widest(rows, fixed + 3, 20)];
  const second = (r: string[]) => (verbose ? line(r.slice(fixed), wv) : '');
  const header = `\n${first(table.head)}${second(table.head)}\n`;
  return header + rows.map((r) => `${first(r)}${second(r)}\n`).join('');
}

/** `--describe --state [--verbose]`. */
export function stateText(table: DescribeTable): string {
  if (!table.printed) return '';
  const verbose = table.head.includes('GROUP-EPOCH');
  const rows = table.rows;
  const w = [widest(rows, 0, 15), widest(rows, 1, 25), 20, 20, ...(verbose ? [15, 25] : []), null];
  return [table.head, ...rows].map((r) => `\n${line(r, w)}`).join('') + '\n';
}
