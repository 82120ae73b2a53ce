import type { APIRoute } from 'astro';
import { languages } from '../lib/languages';
import { listPagePaths } from '../lib/page-list';
import { escapeHtml } from '../lib/html';

/** Builds sitemap.xml: every page in every language, each with its hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site!;
  const paths = await listPagePaths();
  const urls = paths.flatMap((path) =>
    languages.map((lang) => {
      const alternates = [
        ...languages.map((alternate) => ({
          hreflang: alternate,
          href: new URL(`/${alternate}/${path}`, origin).href,
        })),
        { hreflang: 'x-default', href: new URL(path === '' ? '/' : `/en/${path}`, origin).href },
      ];
      const links = alternates
        .map(
          (link) =>
            `    <xhtml:link rel="alternate" hreflang="${link.hreflang}" href="${escapeHtml(link.href)}"/>`,
        )
        .join('\n');
      return `  <url>\n    <loc>${escapeHtml(new URL(`/${lang}/${path}`, origin).href)}</loc>\n${links}\n  </url>`;
    }),
  );
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
