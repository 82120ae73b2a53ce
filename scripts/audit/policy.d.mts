export function checkPolicy(distDir: string): string[];
