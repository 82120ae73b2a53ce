// Validates every built page with html-validate, using the project's .htmlvalidate.json. That
// config lets checkboxes share a name (form-dup-name), as a group of filter checkboxes must: the
// HTML standard allows it, and html-validate only let it pass while such forms were hidden.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { listHtml } from './links.mjs';

/** Returns one message per validation error: page, line, rule and message. */
export async function validateHtml(distDir, configDir = process.cwd()) {
  const config = JSON.parse(readFileSync(join(configDir, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems = [];
  for (const file of listHtml(distDir)) {
    const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return problems;
}
