import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { requireFirefox } from './firefox-harness';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Real-browser tests never skip silently: no Chromium or Firefox is a failure that says how to install it. */
export default function setup(): void {
  requireFirefox();
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The real-browser tests need it: install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.',
    );
  }
  if (process.env.PAPERSHELF_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
}
