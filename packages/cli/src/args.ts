/** `--name value` and `--flag` options after a command word. */
export function parseArgs(argv: string[]): { command: string | undefined; opts: Map<string, string | true>; rest: string[] } {
  const [command, ...tail] = argv;
  const opts = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < tail.length; i++) {
    const a = tail[i];
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) opts.set(k, inline);
      else if (tail[i + 1] !== undefined && !tail[i + 1].startsWith('--')) opts.set(k, tail[++i]);
      else opts.set(k, true);
    } else rest.push(a);
  }
  return { command, opts, rest };
}
