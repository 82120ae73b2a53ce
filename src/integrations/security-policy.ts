import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Inline scripts that run: every <script> except data blocks (JSON, JSON-LD). */
const inlineScript = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const styleAttribute = /<[a-z][^>]*\sstyle="/i;
const inlineStyleElement = /<style[\s>]/i;

function listHtmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listHtmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function hashScript(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * Builds the content security policy: scripts and styles only from the site itself or by hash, no
 * 'unsafe-inline', no 'unsafe-eval', no third-party origin. 'wasm-unsafe-eval' lets Pagefind compile
 * its WebAssembly search module and allows nothing else.
 */
export function buildPolicy(scriptHashes: string[], { forHeader = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ];
  // Browsers ignore frame-ancestors in a <meta> policy and warn about it, so only the header has it.
  if (forHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Returns every problem that a strict style policy would turn into a broken page, by file. */
export function findInlineStyles(files: { path: string; html: string }[]): string[] {
  return files.flatMap(({ path, html }) => {
    const problems: string[] = [];
    if (styleAttribute.test(html)) problems.push(`${path}: a style="…" attribute is blocked by the policy; use a class.`);
    if (inlineStyleElement.test(html)) problems.push(`${path}: an inline <style> element is blocked by the policy; import a stylesheet.`);
    return problems;
  });
}

/**
 * After the build, writes a content security policy into every page as a <meta> element, placed
 * before the first script, and the same policy (plus frame-ancestors and other headers) into
 * dist/_headers for hosts that read one. The build fails if a page carries inline styles.
 */
export default function securityPolicy(): AstroIntegration {
  return {
    name: 'aims-atlas-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listHtmlFiles(outDir).map((path) => ({ path, html: readFileSync(path, 'utf8') }));
        const problems = findInlineStyles(files.map((file) => ({ ...file, path: relative(outDir, file.path) })));
        if (problems.length > 0) throw new Error(`Pages break the content security policy:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);

        const hashes = new Set<string>();
        for (const file of files) for (const match of file.html.matchAll(inlineScript)) hashes.add(hashScript(match[1]!));
        const policy = buildPolicy([...hashes].sort());
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
        for (const file of files) {
          const html = file.html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}${meta}`);
          if (html === file.html) throw new Error(`${relative(outDir, file.path)} has no <meta charset="utf-8"> to place the policy after.`);
          writeFileSync(file.path, html);
        }
        writeFileSync(
          join(outDir, '_headers'),
          [
            '/*',
            `  Content-Security-Policy: ${buildPolicy([...hashes].sort(), { forHeader: true })}`,
            '  X-Content-Type-Options: nosniff',
            '  Referrer-Policy: strict-origin-when-cross-origin',
            '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
            '',
          ].join('\n'),
        );
        logger.info(`content security policy written to ${files.length} pages and _headers (${hashes.size} script hashes)`);
      },
    },
  };
}
