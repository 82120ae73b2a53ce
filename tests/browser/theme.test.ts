import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Lang = 'en' | 'he';
type Theme = 'light' | 'dark';

const themeLabel = { en: 'Theme', he: 'ערכת צבעים' } as const;

/** Parses a computed colour such as "rgb(18, 22, 28)" and returns its WCAG relative luminance. */
function relativeLuminance(color: string): number {
  const channels = color
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) throw new Error(`Cannot parse the colour "${color}".`);
  const [red, green, blue] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * Names the theme a reader sees from a background luminance: dark backgrounds sit near 0 and
 * light ones near 1, so anything in the middle is neither and fails every expectation.
 */
function themeOf(luminance: number): Theme | 'unclear' {
  if (luminance < 0.1) return 'dark';
  if (luminance > 0.8) return 'light';
  return 'unclear';
}

/** A colour that no page of the site uses, painted over the old page to mark its frames. */
const coverColor = [255, 0, 255];

describe.skipIf(!chromiumAvailable)('theme select', () => {
  const browser = useBrowser();
  let page: Page;
  let probe: Page;

  beforeAll(async () => {
    page = await browser.newPage();
    probe = await browser.newPage({ width: 400, height: 300 });
  });

  afterAll(async () => {
    await page?.close();
    await probe?.close();
  });

  beforeEach(async () => {
    await page.unrouteAll();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(new URL('/en/', browser.origin).href);
    await page.evaluate(() => localStorage.clear());
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  /** Returns the theme that the page's background and text colours show. */
  async function visibleTheme(): Promise<{
    background: Theme | 'unclear';
    text: Theme | 'unclear';
  }> {
    const colors = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { background: style.backgroundColor, text: style.color };
    });
    // Light text belongs to the dark theme and dark text to the light theme.
    const textTheme = relativeLuminance(colors.text) > 0.5 ? 'dark' : 'light';
    return { background: themeOf(relativeLuminance(colors.background)), text: textTheme };
  }

  async function chooseTheme(lang: Lang, value: 'light' | 'dark' | 'system'): Promise<void> {
    await page.getByRole('combobox', { name: themeLabel[lang] }).selectOption(value);
  }

  async function selectedTheme(lang: Lang): Promise<string> {
    return page.getByRole('combobox', { name: themeLabel[lang] }).inputValue();
  }

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    it('follows the system preference with no saved choice', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url(`/${lang}/controls/a-6-2-4/`));
        expect(await selectedTheme(lang)).toBe('system');
        expect(await visibleTheme(), `system preference ${scheme}`).toEqual({
          background: scheme,
          text: scheme,
        });
      }
    });

    it('changes the colours for each choice', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url(`/${lang}/guides/`));
      expect(await visibleTheme()).toEqual({ background: 'light', text: 'light' });

      await chooseTheme(lang, 'dark');
      expect(await visibleTheme()).toEqual({ background: 'dark', text: 'dark' });
      await chooseTheme(lang, 'light');
      expect(await visibleTheme()).toEqual({ background: 'light', text: 'light' });

      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await visibleTheme(), 'a saved light choice overrides the system').toEqual({
        background: 'light',
        text: 'light',
      });
      await chooseTheme(lang, 'system');
      expect(await visibleTheme(), 'system follows the dark preference').toEqual({
        background: 'dark',
        text: 'dark',
      });
    });

    it('gives chosen dark the system dark colours', async () => {
      const paintedColors = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('body, body *')].map((element) => {
            const style = getComputedStyle(element);
            return `${style.color} ${style.backgroundColor} ${style.borderTopColor}`;
          }),
        );

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url(`/${lang}/controls/a-6-2-4/`));
      const systemDark = await paintedColors();
      await page.emulateMedia({ colorScheme: 'light' });
      await chooseTheme(lang, 'dark');
      const chosenDark = await paintedColors();

      expect(chosenDark.length).toBe(systemDark.length);
      const differences = chosenDark
        .map((colors, index) => ({ index, chosen: colors, system: systemDark[index] }))
        .filter(({ chosen, system }) => chosen !== system);
      expect(differences).toEqual([]);
    });

    it('keeps the choice across navigation and reload', async () => {
      await page.goto(url(`/${lang}/guides/`));
      await chooseTheme(lang, 'dark');

      await page.locator('a[rel="next"]').click();
      await page.waitForURL(url(`/${lang}/guides/what-is-an-aims/`));
      expect(await visibleTheme()).toEqual({ background: 'dark', text: 'dark' });
      expect(await selectedTheme(lang)).toBe('dark');

      await page.reload();
      expect(await visibleTheme()).toEqual({ background: 'dark', text: 'dark' });
      expect(await selectedTheme(lang)).toBe('dark');

      await chooseTheme(lang, 'system');
      await page.reload();
      expect(await selectedTheme(lang)).toBe('system');
      expect(await visibleTheme()).toEqual({ background: 'light', text: 'light' });
    });
  });

  describe('with slow stylesheets', () => {
    const stylesheetDelayMs = 1_500;
    let session: CDPSession;

    beforeAll(async () => {
      session = await page.context().newCDPSession(page);
      await session.send('Network.enable');
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    });

    afterAll(async () => {
      await session.detach();
    });

    /** Decodes a PNG frame in the probe page and returns the RGB values of its four corners. */
    async function cornerColors(pngBase64: string): Promise<number[][]> {
      return probe.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const inset = 3;
        const points = [
          [inset, inset],
          [image.width - inset, inset],
          [inset, image.height - inset],
          [image.width - inset, image.height - inset],
        ];
        return points.map(([x, y]) => [...context.getImageData(x!, y!, 1, 1).data.slice(0, 3)]);
      }, pngBase64);
    }

    /**
     * Runs `navigate` with every stylesheet response held back, and returns the theme and
     * stylesheet state seen as soon as the new document's <head> was parsed, plus the corner
     * colours of the first frame that the new document painted.
     */
    async function recordFirstFrame(navigate: () => Promise<unknown>) {
      const frames: string[] = [];
      const onFrame = (frame: { data: string; sessionId: number }) => {
        frames.push(frame.data);
        void session
          .send('Page.screencastFrameAck', { sessionId: frame.sessionId })
          .catch(() => {});
      };
      session.on('Page.screencastFrame', onFrame);

      // Hide the old page behind the cover colour, so the first other frame is the new page.
      await page.evaluate((rgb) => {
        document.documentElement.style.setProperty(
          'background',
          `rgb(${rgb.join(',')})`,
          'important',
        );
        document.body.style.setProperty('visibility', 'hidden', 'important');
      }, coverColor);
      await session.send('Page.startScreencast', { format: 'png', maxWidth: 320, maxHeight: 240 });
      await page.waitForTimeout(200);

      await page.route('**/*.css', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, stylesheetDelayMs));
        await route.continue();
      });
      await navigate();
      // The stylesheet links follow the theme script in <head>, so once they exist it has run.
      await page.waitForFunction(() => document.querySelector('link[rel="stylesheet"]') !== null);
      const early = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        stylesheetsLoaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
          .map((link) => link.sheet !== null)
          .some(Boolean),
      }));
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      await session.send('Page.stopScreencast');
      session.off('Page.screencastFrame', onFrame);
      await page.unrouteAll();

      const isCover = (corner: number[]) => corner.every((value, i) => value === coverColor[i]);
      let firstCoverSeen = false;
      for (const frame of frames) {
        const corners = await cornerColors(frame);
        if (corners.every(isCover)) firstCoverSeen = true;
        else if (firstCoverSeen) return { early, firstFrameCorners: corners };
      }
      throw new Error(`No frame of the new page among ${frames.length} screencast frames.`);
    }

    function cornerThemes(corners: number[][]): (Theme | 'unclear')[] {
      return corners.map(([red, green, blue]) =>
        themeOf(relativeLuminance(`rgb(${red}, ${green}, ${blue})`)),
      );
    }

    it('paints the first Hebrew frame dark before stylesheets arrive', async () => {
      await page.goto(url('/he/controls/a-2-2/'));
      await chooseTheme('he', 'dark');

      const navigation = await recordFirstFrame(async () => {
        // The old page is hidden under the cover, so the link is followed from a script.
        await page.locator('a[rel="next"]').evaluate((link: HTMLAnchorElement) => link.click());
        await page.waitForURL(url('/he/controls/a-2-3/'), { waitUntil: 'commit' });
      });
      expect(navigation.early).toEqual({ theme: 'dark', stylesheetsLoaded: false });
      expect(cornerThemes(navigation.firstFrameCorners), 'first frame after navigation').toEqual([
        'dark',
        'dark',
        'dark',
        'dark',
      ]);

      const reload = await recordFirstFrame(() => page.reload({ waitUntil: 'commit' }));
      expect(reload.early).toEqual({ theme: 'dark', stylesheetsLoaded: false });
      expect(cornerThemes(reload.firstFrameCorners), 'first frame after reload').toEqual([
        'dark',
        'dark',
        'dark',
        'dark',
      ]);
    });
  });
});
