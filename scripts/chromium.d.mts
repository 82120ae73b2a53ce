import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

export const chromiumPath: string;
export function hasChromium(): boolean;
export function launchChromium(
  contextOptions?: BrowserContextOptions,
): Promise<{ context: BrowserContext; close(): Promise<void> }>;
