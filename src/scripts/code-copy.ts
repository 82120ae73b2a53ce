/** Adds a copy button to the bar above each code block in the page; strings come from data-*. */
class CodeCopy extends HTMLElement {
  connectedCallback(): void {
    const copyLabel = this.dataset.copy ?? 'Copy';
    const copiedLabel = this.dataset.copied ?? 'Copied';
    for (const block of document.querySelectorAll<HTMLElement>('.aa-code')) {
      const bar = block.querySelector('.aa-code__bar');
      const code = block.querySelector('pre');
      if (!bar || !code || bar.childElementCount > 0) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'aa-code__copy';
      button.textContent = copyLabel;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(code.textContent ?? '');
          button.textContent = copiedLabel;
          setTimeout(() => (button.textContent = copyLabel), 2000);
        } catch {
          // Clipboard access can be denied; selecting the text still lets the reader copy it.
          getSelection()?.selectAllChildren(code);
        }
      });
      bar.append(button);
    }
  }
}

if (!customElements.get('aa-code-copy')) customElements.define('aa-code-copy', CodeCopy);
