import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './cli-args';

describe('npm run serve arguments', () => {
  it('reads port, data folder and token', () => {
    expect(
      parseServeArgs(['--port', '8080', '--data-dir', '/tmp/x', '--token', 'abcdefghijklmnopq']),
    ).toEqual({
      port: 8080,
      dataDir: '/tmp/x',
      token: 'abcdefghijklmnopq',
      open: false,
    });
  });

  it('defaults to a free port, the default data folder and a random token', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, dataDir: null, token: null, open: false });
  });

  it.each([
    [['--port', 'eighty'], '--port must be a whole number'],
    [['--port', '70000'], '--port must be a whole number'],
    [['--token', 'short'], 'at least 16'],
    [['--data-dir'], '--data-dir needs a value'],
    [['--verbose'], 'Unknown option --verbose'],
  ])('explains what is wrong with %j', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(message);
  });
});
