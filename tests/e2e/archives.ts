// Where `npm run zip` puts the store archives, and unpacking one (Debian's `unzip`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** wxt's default names: giglens-<package.json version>-<chrome|firefox|sources>.zip */
export const archivePath = (kind: 'chrome' | 'firefox' | 'sources') => join(ROOT, '.output', `giglens-${VERSION}-${kind}.zip`);

export function unzip(zip: string, into: string): void {
  execFileSync('unzip', ['-q', '-o', zip, '-d', into], { stdio: 'inherit' });
}
