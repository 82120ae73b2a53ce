import { describe, expect, it } from 'vitest';
import { isolateLatinIdsInHtml } from '../../src/lib/bidi-html';

describe('isolateLatinIdsInHtml', () => {
  it('wraps an id in running text', () => {
    expect(isolateLatinIdsInHtml('<p>קישורים ל-ISO/IEC 42001 כאן</p>')).toBe(
      '<p>קישורים ל-<span dir="ltr" class="aa-ltr">ISO/IEC 42001</span> כאן</p>',
    );
  });

  it('leaves text inside an element that already has a direction', () => {
    const html = '<p><span dir="ltr">A.6.2.4 <b>A.7.4</b></span> A.7.4</p>';
    expect(isolateLatinIdsInHtml(html)).toBe(
      '<p><span dir="ltr">A.6.2.4 <b>A.7.4</b></span> <span dir="ltr" class="aa-ltr">A.7.4</span></p>',
    );
  });

  it('isolates ids inside the right-to-left page root', () => {
    expect(isolateLatinIdsInHtml('<html dir="rtl"><body><p>A.7.4</p></body></html>')).toBe(
      '<html dir="rtl"><body><p><span dir="ltr" class="aa-ltr">A.7.4</span></p></body></html>',
    );
  });

  it('leaves code, scripts and titles alone', () => {
    const html =
      '<title>A.7.4 כותרת</title><script>var a = "A.7.4";</script><pre><code>A.7.4</code></pre>';
    expect(isolateLatinIdsInHtml(html)).toBe(html);
  });

  it('uses isolate characters inside an option', () => {
    expect(isolateLatinIdsInHtml('<select><option>ISO/IEC 27001</option></select>')).toBe(
      '<select><option>\u2066ISO/IEC 27001\u2069</option></select>',
    );
  });

  it('keeps attributes untouched, including ones with ids or > signs', () => {
    const html = '<a href="/x" title="A.7.4 > A.7.5">A.7.5</a>';
    expect(isolateLatinIdsInHtml(html)).toBe(
      '<a href="/x" title="A.7.4 > A.7.5"><span dir="ltr" class="aa-ltr">A.7.5</span></a>',
    );
  });

  it('continues correctly after void elements', () => {
    expect(isolateLatinIdsInHtml('<p>א<br>GOVERN 1.1</p>')).toBe(
      '<p>א<br><span dir="ltr" class="aa-ltr">GOVERN 1.1</span></p>',
    );
  });
});
