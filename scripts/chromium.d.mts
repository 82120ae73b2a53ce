import type { BrowserContext } from 'playwright-core';

export const chromiumPath: string;
export function hasChromium(): boolean;
export function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }>;
