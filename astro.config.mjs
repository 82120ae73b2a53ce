// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import aimsAtlas from './src/integrations/aims-atlas.ts';
import securityPolicy from './src/integrations/security-policy.ts';
import rehypeBidi from './src/plugins/rehype-bidi.ts';

// Canonical URLs and the sitemap need the public origin. Set SITE_URL when deploying;
// the default is a reserved .example name so that nobody mistakes it for the real site.
const site = process.env.SITE_URL ?? 'https://aims-atlas.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The security policy runs last, on the finished HTML.
  integrations: [aimsAtlas(), mdx(), securityPolicy()],
  markdown: {
    // Shiki writes inline style attributes, which a strict content security policy forbids.
    syntaxHighlight: false,
    rehypePlugins: [rehypeBidi, (await import('./src/plugins/rehype-glossary-links.ts')).default],
  },
  devToolbar: { enabled: false },
  vite: {
    // Scripts stay in files instead of being inlined into each page, so the content security
    // policy allows them by origin and needs hashes only for the two small inline scripts.
    build: { assetsInlineLimit: 0 },
  },
});
