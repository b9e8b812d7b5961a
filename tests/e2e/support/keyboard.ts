import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Helpers that move through a page the way a keyboard user does: Tab and Shift+Tab to reach a
// control, arrows and Space to choose, typing to write, Enter to press. They never click and
// never call focus() or fill(): if a control cannot be reached by Tab, the helper fails.

const MAX_TABS = 80;

/** Whether the element the locator points at holds the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Describes what has focus now, for failure messages. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing (the page body)';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ${name}`;
  });
}

/**
 * Presses `key` until `reached` says focus has arrived (at most MAX_TABS times). The element is
 * looked up once: re-running a role query after every key press costs more than the press. It is
 * looked up again only when the page has drawn it anew (the wizard taking over the first welcome
 * page, docs/decisions/0011-first-screen.md).
 */
async function pressUntil(locator: Locator, key: string, reached: (element: Element) => boolean): Promise<boolean> {
  let handle = await locator.elementHandle();
  if (!handle) return false;
  try {
    for (let presses = 0; presses <= MAX_TABS; presses += 1) {
      if (!(await handle.evaluate((element) => element.isConnected))) {
        await handle.dispose();
        handle = await locator.elementHandle();
        if (!handle) return false;
      }
      if (await handle.evaluate(reached)) return true;
      if (presses < MAX_TABS) await locator.page().keyboard.press(key);
    }
    return false;
  } finally {
    await handle.dispose();
  }
}

/** Presses Tab (or Shift+Tab with backwards) until the target holds focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await target.waitFor({ state: 'visible' });
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  if (await pressUntil(target, key, (element) => element === document.activeElement)) return;
  throw new Error(`${key} never reached ${target.toString()} in ${MAX_TABS} presses; focus is on ${await describeFocus(page)}`);
}

/** Tabs (or Shift+Tabs, with backwards) to a button or link and presses Enter. */
export async function press(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}

/** Tabs to a text field, clears it with the keyboard, and types the text. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  expect(await field.inputValue()).toBe(text);
}

/**
 * Chooses one radio button of a group with the keyboard: Tab into the group (focus lands on the
 * checked radio, or the first), then arrow keys to the option, then Space.
 */
export async function chooseRadio(page: Page, group: Locator, option: string | RegExp): Promise<void> {
  const target = group.getByRole('radio', { name: option, exact: typeof option === 'string' });
  await target.waitFor({ state: 'visible' });
  const inGroup = await pressUntil(group, 'Tab', (element) => {
    const focused = document.activeElement;
    return focused instanceof HTMLInputElement && focused.type === 'radio' && element.contains(focused);
  });
  if (!inGroup) throw new Error(`Tab never reached the radios of ${group.toString()}; focus is on ${await describeFocus(page)}`);
  // Arrow keys move round the group (and check each radio they reach), so every option comes by.
  if (!(await pressUntil(target, 'ArrowDown', (element) => element === document.activeElement))) {
    throw new Error(`Arrow keys never reached the radio ${String(option)}; focus is on ${await describeFocus(page)}`);
  }
  await page.keyboard.press('Space');
  expect(await target.isChecked()).toBe(true);
}

/**
 * Chooses an option of a native select with the keyboard: focus it, then arrow keys until the
 * option with that label is selected (a closed select changes value on arrow keys in Chromium).
 */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const labels = await select.locator('option').allTextContents();
  const wanted = labels.findIndex((text) => text.trim() === label);
  if (wanted < 0) throw new Error(`No option "${label}" in ${select.toString()}`);
  const current = await select.evaluate((element) => (element as HTMLSelectElement).selectedIndex);
  const key = wanted >= current ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(wanted - current); step += 1) await page.keyboard.press(key);
  const selected = await select.evaluate((element) => {
    const el = element as HTMLSelectElement;
    return el.options[el.selectedIndex]?.textContent?.trim();
  });
  expect(selected).toBe(label);
}
