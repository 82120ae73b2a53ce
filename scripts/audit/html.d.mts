export function validateHtml(distDir: string, configDir?: string): Promise<string[]>;
