export function checkBudgets(distDir: string): { measurements: unknown[]; problems: string[] };
export function summarize(measurements: unknown[]): unknown[];
export function pageType(path: string): string;
