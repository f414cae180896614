// The dashboard's settings: rules on/off, custom rules with validation, money and storage,
// all written through the one settings store.
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { ruleCatalog } from '@/lib/rules/catalog';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';
import { click, find, mount, texts, type } from '../popup/mount';

const submit = (form: Element) => click(form.querySelector('button[type="submit"]')!);

describe('settings', () => {
  it('lists every rule with its sources and switches one off and on again', async () => {
    const root = await mount(h(SettingsView, {}));
    await find(root, '[data-rule]');
    const catalog = ruleCatalog();
    expect(root.querySelectorAll('[data-rule]')).toHaveLength(catalog.length);
    const id = catalog[1]!.id;
    const box = root.querySelector<HTMLInputElement>(`[data-rule="${id}"] input`)!;
    await click(box);
    await vi.waitFor(async () => expect((await loadSettings()).disabledRules).toEqual([id]));
    await vi.waitFor(() => expect(texts(root, '[data-rules-count]')[0]).toMatch(new RegExp(`^${catalog.length - 1} of ${catalog.length} rules on`)));
    await click(root.querySelector(`[data-rule="${id}"] input`)!);
    await vi.waitFor(async () => expect((await loadSettings()).disabledRules).toEqual([]));
  });

  it('adds a custom rule, and refuses an invalid one with the reason', async () => {
    const root = await mount(h(SettingsView, {}));
    const form = (await find(root, '[data-rule-field="name"]')).closest('form')!;
    await type(form.querySelector('[data-rule-field="name"]')!, 'Menu translation');
    await type(form.querySelector('[data-rule-field="words"]')!, 'menu translation, translate menu');
    await type(form.querySelector('[data-rule-field="effect"]')!, '12');
    await submit(form);
    await vi.waitFor(async () =>
      expect((await loadSettings()).customRules).toEqual([
        { id: 'menu-translation', name: 'Menu translation', words: ['menu translation', 'translate menu'], effect: 12, enabled: true },
      ]),
    );
    await find(root, '[data-custom-rule="menu-translation"]');
    await type(form.querySelector('[data-rule-field="name"]')!, 'Bad');
    await type(form.querySelector('[data-rule-field="words"]')!, 'x');
    await submit(form);
    const problems = texts(await find(root, '[data-rule-problems]'), 'li');
    expect(problems).toEqual(['each phrase needs at least 2 characters']);
    expect((await loadSettings()).customRules).toHaveLength(1);
  });

  it('saves a home currency and a retention cap, refusing out-of-range numbers', async () => {
    const root = await mount(h(SettingsView, {}));
    await type(await find(root, '[data-setting="currency-code"]'), 'pkr');
    await type(root.querySelector('[data-setting="currency-rate"]')!, '280');
    await submit(root.querySelector('[data-setting="currency-code"]')!.closest('form')!);
    await vi.waitFor(async () => expect((await loadSettings()).homeCurrency).toEqual({ code: 'PKR', perUsd: 280 }));
    const retention = root.querySelector('[data-setting="retention"]')!;
    await type(retention, '10');
    expect(retention.getAttribute('aria-invalid')).toBe('true');
    expect(retention.closest('form')!.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
    await type(retention, '50000');
    await submit(retention.closest('form')!);
    await vi.waitFor(async () => expect((await loadSettings()).retentionCap).toBe(50_000));
  });

  it('shows settings changed elsewhere (the popup) without a reload', async () => {
    const root = await mount(h(SettingsView, {}));
    const dim = await find<HTMLInputElement>(root, '[data-switch="dim"]');
    expect(dim.checked).toBe(false);
    await saveSettings({ dimHighRisk: true });
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('[data-switch="dim"]')!.checked).toBe(true));
  });
});
