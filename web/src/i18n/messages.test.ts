import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the messages of the web console', () => {
  it('has every message in Japanese and in English', () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.ja.trim(), `${key} (ja)`).not.toBe('');
      expect(text.en.trim(), `${key} (en)`).not.toBe('');
    }
  });

  it('gives both languages of a message the same placeholders', () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(placeholders(text.en), key).toEqual(placeholders(text.ja));
    }
  });
});
