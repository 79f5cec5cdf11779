import { parseArgs } from 'node:util';

/** Shared flags of every command (cli.md); a bad flag is a usage error, exit 2. */
export function parseCommandArgs<T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(options: T, argv = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`usage error: ${(error as Error).message}`);
    process.exit(2);
  }
}
