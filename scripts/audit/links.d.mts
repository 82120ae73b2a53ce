export function checkLinks(distDir: string): string[];
export function listHtml(distDir: string): string[];
