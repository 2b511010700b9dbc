import { nearest, terminalBlock, terminalJsonReplacer, terminalText } from '@inclusion-dashboard/core';
import { parseCommand, type Parsed } from './args';
import * as benchmark from './commands/benchmark';
import * as compare from './commands/compare';
import type { Context } from './commands/common';
import * as extract from './commands/extract';
import * as indicators from './commands/indicators';
import * as ranking from './commands/ranking';
import * as trend from './commands/trend';
import { CliError, EXIT, usageError } from './errors';
import { render, type Format, type Result } from './output';

export { toJson } from './commands/benchmark';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

interface Command {
  options: Parameters<typeof parseCommand>[2];
  help: string;
  run: (values: Parsed['values'], ctx: Context, positionals: string[]) => Result;
}

const COMMANDS: Record<string, Command> = { indicators, benchmark, ranking, compare, trend, extract };

export const USAGE = `Usage: inclusion-dashboard COMMAND [options]

Check, rank and compare the figures the inclusion dashboards show, from the same data and the same code.

Commands:
  indicators   list and search the indicators; describe one (definition, breakdowns, periods, coverage)
  benchmark    one LA against England, its region and its statistical neighbours, with rank and band
  ranking      every LA in order, with value, rank and quartile band
  compare      several areas side by side, or one LA against named LAs, its region or its neighbours
  trend        an area's figures over time, with series breaks marked
  extract      turn an LA's own CSV (DfE's open data standard) into a local extract

Options for every command:
  --extract PATH…  a catalogue.json, a folder holding one (or extract files), or extract files.
                   Default: INCLUSION_DATA, else the bundled national data.
  --json           print JSON (errors too, on standard error)
  --csv            print the table as CSV (RFC 4180, with a header row)
  -h, --help       help for the command

Exit status: 0 answered; 1 the data cannot answer (unknown indicator, area or period, no figures, England-only
indicator); 2 usage error; 3 a data file cannot be read; 4 extract: the CSV has problems, nothing written.

"inclusion-dashboard COMMAND --help" describes a command. Guide: docs/cli.md.
`;

/** Runs the CLI; returns the exit code. Never throws: every failure is one clear message and an exit status. */
export async function main(argv: string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  const json = argv.includes('--json');
  const [command, ...rest] = argv;
  try {
    if (!command) {
      io.err(USAGE);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      if (topic && COMMANDS[topic]) io.out(COMMANDS[topic].help);
      else if (topic) throw unknownCommand(topic);
      else io.out(USAGE);
      return EXIT.ok;
    }
    if (command === '--version') {
      io.out('inclusion-dashboard 0.1.0\n');
      return EXIT.ok;
    }
    const cmd = COMMANDS[command];
    if (!cmd) throw unknownCommand(command);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(cmd.help);
      return EXIT.ok;
    }
    const { values, positionals } = parseCommand(command, rest, cmd.options, command === 'indicators');
    if (values.json && values.csv) throw usageError('Give --json or --csv, not both.');
    const format: Format = values.json ? 'json' : values.csv ? 'csv' : 'table';
    const result = cmd.run(values, { env }, positionals);
    io.out(render(result, format));
    return EXIT.ok;
  } catch (e) {
    return report(e, json, io, command);
  }
}

function unknownCommand(command: string): CliError {
  const near = nearest(command, Object.keys(COMMANDS), 1)[0];
  return usageError(`Unknown command "${command}".${near ? ` Did you mean "${near}"?` : ''} Commands: ${Object.keys(COMMANDS).join(', ')}.`, { choices: Object.keys(COMMANDS) });
}

/** One clear message per failure, as text or JSON, and its exit status. A stack trace only with DEBUG set. */
function report(e: unknown, json: boolean, io: Io, command: string | undefined): number {
  const err = e instanceof CliError ? e : new CliError(EXIT.internal, `Internal error: ${e instanceof Error ? e.message : String(e)}. Please report it.`);
  if (!(e instanceof CliError) && process.env.DEBUG && e instanceof Error) io.err(`${e.stack}\n`);
  const { choices, lines, problems, ...rest } = err.detail as { choices?: string[]; lines?: string[]; problems?: unknown[]; code?: string };
  if (json) {
    const body = { error: { exit: err.exitCode, message: err.message, ...rest, ...(choices ? { choices } : {}), ...(problems ? { problems } : {}) } };
    io.err(`${JSON.stringify(body, terminalJsonReplacer, 2)}\n`);
    return err.exitCode;
  }
  const out = [terminalText(err.message)];
  const label = rest.code === 'boundary-change' ? 'See' : rest.code === 'no-match' ? 'Themes' : err.exitCode === EXIT.usage ? 'Valid choices' : 'Nearest valid choices';
  if (choices?.length) out.push(`${label}: ${choices.map(terminalText).join(', ')}`);
  if (lines?.length) out.push(...lines.map((l) => `  ${terminalText(l)}`));
  if (err.exitCode === EXIT.usage) out.push(command && COMMANDS[command] ? `Run "inclusion-dashboard ${command} --help" for its options.` : 'Run "inclusion-dashboard --help" for the commands.');
  io.err(`${terminalBlock(out.join('\n'))}\n`);
  return err.exitCode;
}
