// Checks the content security policy of every built page: present, strict, and covering every
// inline script by hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml } from './links.mjs';

const inlineScript =
  /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/** Returns one message per page whose policy is missing, weak or does not allow its own scripts. */
export function checkPolicy(distDir) {
  const problems = [];
  for (const file of listHtml(distDir)) {
    const html = readFileSync(join(distDir, file), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    if (!policy) {
      problems.push(`${file}: no Content-Security-Policy <meta>.`);
      continue;
    }
    for (const weak of ["'unsafe-inline'", "'unsafe-eval'", 'http:', 'https:', '*']) {
      if (policy.split(/[;\s]+/).includes(weak))
        problems.push(`${file}: the policy allows ${weak}.`);
    }
    const firstScript = html.search(/<script[\s>]/);
    if (firstScript >= 0 && html.indexOf('Content-Security-Policy') > firstScript) {
      problems.push(`${file}: a script comes before the policy, so the policy does not cover it.`);
    }
    for (const match of html.matchAll(inlineScript)) {
      const hash = `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`;
      if (!policy.includes(hash))
        problems.push(`${file}: an inline script is not allowed by hash (${hash}).`);
    }
    if (/<[a-z][^>]*\sstyle="/i.test(html))
      problems.push(`${file}: a style attribute is blocked by style-src 'self'.`);
  }
  return problems;
}
