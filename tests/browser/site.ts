/** The built site served on 127.0.0.1 with one Chromium: what the harness opens and the page passes share. */
import type { Browser } from 'playwright-core';

export interface Site {
  browser: Browser;
  base: string;
  close: () => Promise<void>;
}
