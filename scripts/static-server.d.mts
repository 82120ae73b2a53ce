export function startStaticServer(
  directory: string,
  options?: { port?: number; onRequest?: (path: string) => void },
): Promise<{ origin: string; close(): Promise<void> }>;
