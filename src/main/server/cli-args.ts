export interface ServeArgs {
  port: number;
  dataDir: string | null;
  token: string | null;
  open: boolean;
}

/** `--port <n> --data-dir <dir> [--token <t>] [--open]`; throws a readable message on bad input. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args: ServeArgs = { port: 0, dataDir: null, token: null, open: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error('--port must be a whole number from 0 to 65535.');
      args.port = port;
    } else if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--token') {
      const token = value();
      if (token.length < 16) throw new Error('--token must be at least 16 characters.');
      args.token = token;
    } else if (flag === '--open') args.open = true;
    else
      throw new Error(
        `Unknown option ${flag}. Use --port <n> --data-dir <dir> [--token <t>] [--open].`,
      );
  }
  return args;
}
