import { describe, expect, it } from 'vitest';
import { pageRule } from './printout-page';

describe('pageRule', () => {
  it('sizes the page to the paper chosen in settings', () => {
    expect(pageRule('a4', 'Ana Ruiz', 'Session summary')).toContain('size: 210mm 297mm;');
    expect(pageRule('letter', 'Ana Ruiz', 'Session summary')).toContain('size: 215.9mm 279.4mm;');
  });

  it('puts the client’s name and the page count on every page', () => {
    const rule = pageRule('a4', 'Ana Ruiz', 'Session summary');
    expect(rule).toContain('@top-left { content: "Ana Ruiz";');
    expect(rule).toContain('content: "Page " counter(page) " of " counter(pages);');
  });

  it('escapes a name that would otherwise end the CSS string', () => {
    const rule = pageRule('a4', 'Ana "Nan" O\\Ruiz\n}', 'Take-home sheet');
    expect(rule).toContain('content: "Ana \\"Nan\\" O\\\\Ruiz }";');
  });
});
