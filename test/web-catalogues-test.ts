import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/catalogues/en';
import { nb } from '../web/src/i18n/catalogues/nb';
import { srLatn } from '../web/src/i18n/catalogues/sr-Latn';
import { sv } from '../web/src/i18n/catalogues/sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the web app speaks every language in full', () => {
  for (const [language, catalogue] of Object.entries({ sv, nb, 'sr-Latn': srLatn })) {
    it(`${language} has every key of English, no other, each with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = catalogue[key as keyof typeof en];
        expect(translated.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(translated), `${language} ${key}`).toEqual(placeholders(text));
      }
    });
  }
});
