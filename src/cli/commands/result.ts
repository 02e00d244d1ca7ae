/** What a CLI command produces; commands are pure so tests call them without spawning a process. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Bad arguments: exit code 2 and a message saying what is wrong, then the usage line. */
export function usageError(problem: string, usage: string): CommandResult {
  return { stdout: '', stderr: `error: ${problem}\n${usage}\n`, exitCode: 2 };
}
