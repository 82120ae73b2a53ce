/**
 * Opens the search dialog from the header's search link and from Ctrl+K or ⌘+K. The search code and
 * Pagefind load only when the dialog first opens, so reading pages ship almost no JavaScript.
 * Without JavaScript the header link simply leads to the search page.
 */
function openSearch(dialog: HTMLDialogElement): void {
  void import('./site-search');
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.select();
}

const dialog = document.querySelector<HTMLDialogElement>('dialog.aa-search-dialog');
if (dialog) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-launcher]')) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      openSearch(dialog);
    });
  }
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      openSearch(dialog);
    }
  });
  dialog.querySelector('.aa-search-dialog__close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Escape closes the dialog at once. Inside the search field the browser would first clear the
  // query and keep the dialog open, so readers had to press it twice.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    dialog.close();
  });
}
