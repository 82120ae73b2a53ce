import { defineMiddleware } from 'astro:middleware';
import { isolateLatinIdsInHtml } from './lib/bidi-html';

/**
 * Isolates Latin ids (A.6.2.4, ISO/IEC 42001, GOVERN 1.1) on every Hebrew page as it is rendered,
 * whichever component or data the text came from, so none of them breaks right-to-left reading.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isHtml = response.headers.get('content-type')?.includes('text/html') ?? true;
  if (!context.url.pathname.startsWith('/he/') || !isHtml) return response;
  const html = await response.text();
  return new Response(isolateLatinIdsInHtml(html), {
    status: response.status,
    headers: response.headers,
  });
});
