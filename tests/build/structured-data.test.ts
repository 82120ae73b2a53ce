import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage } from '../support/dist';

assertBuilt();

interface FaqPageData {
  '@context': string;
  '@type': string;
  inLanguage: string;
  mainEntity: {
    '@type': string;
    name: string;
    acceptedAnswer: { '@type': string; text: string };
  }[];
}

function readJsonLd(path: string): unknown[] {
  return [...loadPage(path).querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ''),
  );
}

describe('structured data', () => {
  it('parses as JSON on every page', () => {
    for (const path of listPages()) expect(() => readJsonLd(path), path).not.toThrow();
  });

  it.each(['en', 'he'])('describes the %s FAQ as a FAQPage with every question', (lang) => {
    const [data] = readJsonLd(`/${lang}/faq/`) as FaqPageData[];
    const questions = [...loadPage(`/${lang}/faq/`).querySelectorAll('.aa-faq__question')].map(
      (q) => q.textContent?.trim(),
    );
    expect(data!['@context']).toBe('https://schema.org');
    expect(data!['@type']).toBe('FAQPage');
    expect(data!.inLanguage).toBe(lang);
    expect(data!.mainEntity.map((entry) => entry.name)).toEqual(questions);
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const entry of data!.mainEntity) {
      expect(entry['@type']).toBe('Question');
      expect(entry.acceptedAnswer['@type']).toBe('Answer');
      expect(entry.acceptedAnswer.text.length, entry.name).toBeGreaterThan(80);
      expect(entry.acceptedAnswer.text, entry.name).not.toMatch(/\]\(|\*\*|^#/m);
    }
  });

  it('asks the FAQ questions the issue requires in both languages', () => {
    for (const lang of ['en', 'he']) {
      const ids = [...loadPage(`/${lang}/faq/`).querySelectorAll('details.aa-faq__item')].map(
        (item) => item.id,
      );
      for (const id of [
        'is-it-mandatory',
        'difference-from-27001',
        'how-long-certification',
        'covers-eu-ai-act',
        'when-to-hire-consultant',
      ]) {
        expect(ids, `${lang} ${id}`).toContain(id);
      }
    }
  });
});
