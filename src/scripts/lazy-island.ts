/**
 * Imports an island's module once any element matching `selector` comes within `rootMargin` of
 * the viewport, so a page ships only this loader until the reader scrolls near the island. If the
 * import fails, each element gets a data-island-failed attribute, and its data-load-failed text
 * goes into its first role="status" element, so the server-rendered markup stays usable.
 */
export function loadWhenVisible(
  selector: string,
  load: () => Promise<unknown>,
  rootMargin = '200px',
): void {
  const elements = [...document.querySelectorAll<HTMLElement>(selector)];
  if (elements.length === 0) return;

  const start = () =>
    load().catch(() => {
      for (const element of elements) {
        element.toggleAttribute('data-island-failed', true);
        const status = element.querySelector('[role="status"]');
        if (status) status.textContent = element.dataset.loadFailed ?? '';
      }
    });

  if (!('IntersectionObserver' in window)) {
    void start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void start();
    },
    { rootMargin },
  );
  for (const element of elements) observer.observe(element);
}
