import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../../src/findings/types.js';
import { citeAll, citeArticle } from '../../src/reports/formats/citation.js';

const pipl = (article: string): LegalBasis => ({ instrument: 'PIPL', article, verification: 'V' });

describe('citations', () => {
  it('read as articles, paragraphs and items in Chinese', () => {
    expect(citeArticle(pipl('22'), 'zh')).toBe('PIPL 第22条');
    expect(citeArticle(pipl('14 ¶2'), 'zh')).toBe('PIPL 第14条第2款');
    expect(citeArticle(pipl('47 ¶2'), 'zh')).toBe('PIPL 第47条第2款');
    expect(citeArticle(pipl('51(4)'), 'zh')).toBe('PIPL 第51条(4)');
    expect(citeArticle(pipl('11 para. 2'), 'zh')).toBe('PIPL 第11条第2款');
    expect(citeArticle(pipl('30 working days'), 'zh')).toBe('PIPL 30 working days');
    expect(citeArticle(pipl('55–57'), 'zh')).toBe('PIPL 第55–57条');
    expect(citeArticle(pipl('232, 238, 240'), 'zh')).toBe('PIPL 第232、238、240条');
  });

  it('keep the English form and leave standards and annexes as written', () => {
    expect(citeArticle(pipl('14 ¶2'), 'en')).toBe('PIPL Art. 14 ¶2');
    expect(citeArticle(pipl('11 para. 2'), 'en')).toBe('PIPL Art. 11 para. 2');
    expect(citeArticle(pipl('30 working days'), 'en')).toBe('PIPL 30 working days');
    expect(citeArticle({ instrument: 'GB/T 35273', article: '9.2', verification: 'V' }, 'en')).toBe('GB/T 35273 §9.2');
    expect(citeArticle({ instrument: 'GB/T 35273', article: '9.2', verification: 'V' }, 'zh')).toBe('GB/T 35273 9.2');
    expect(citeArticle({ instrument: 'GB/T 35273', article: '§9.1(c)', verification: 'V' }, 'zh')).toBe('GB/T 35273 §9.1(c)');
    expect(citeArticle({ instrument: 'GB/T 35273', article: 'Annex B', verification: 'S' }, 'zh')).toBe('GB/T 35273 Annex B');
  });

  it('take a full instrument name when given one, and join with the language punctuation', () => {
    expect(citeArticle(pipl('14 ¶2'), 'zh', '个人信息保护法')).toBe('个人信息保护法 第14条第2款');
    expect(citeAll([pipl('22'), { instrument: 'DSL', article: '27', verification: 'U' }], 'zh')).toBe('PIPL 第22条 [V]；DSL 第27条 [U]');
    expect(citeAll([pipl('22'), { instrument: 'DSL', article: '27', verification: 'U' }], 'en')).toBe('PIPL Art. 22 [V]; DSL Art. 27 [U]');
  });
});
