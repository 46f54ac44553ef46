import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, neutralizeControls } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['src/my_model/train.py', 'src/my\\_model/train.py'],
    ['a|b', 'a\\|b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['![img](x.png)', '!\\[img\\](x.png)'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['line one\nline two', 'line one\\\\nline two'],
    ['row\r# score 100 of 100', 'row\\\\r# score 100 of 100'],
    ['ping @octocat about #12', 'ping @&#8203;octocat about #&#8203;12'],
    ['`code` and *bold* ~~gone~~ \\', '\\`code\\` and \\*bold\\* \\~\\~gone\\~\\~ \\\\'],
    ['Weights & Biases (paid)', 'Weights &amp; Biases (paid)'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('codeSpan', () => {
  it('fences text holding backticks with a longer run', () => {
    expect(codeSpan('pip install mlflow')).toBe('`pip install mlflow`');
    expect(codeSpan('echo `date`')).toBe('`` echo `date` ``');
  });
});

describe('neutralizeControls', () => {
  it("shows a file name's escaped bytes as bytes and any other lone surrogate as its code", () => {
    expect(neutralizeControls('train\udcff.py')).toBe('train\\xff.py');
    expect(neutralizeControls('a\ud800b\udc00')).toBe('a\\ud800b\\udc00');
    // A pair is one character, left alone.
    expect(neutralizeControls('emoji 😀 \ud800\udc80')).toBe('emoji 😀 \ud800\udc80');
  });
});

describe('neutralizeControls, invisible characters', () => {
  it('shows what would print as nothing, so one name cannot pass for another', () => {
    expect(neutralizeControls('tra\u200bin.py')).toBe('tra\\u200bin.py');
    expect(neutralizeControls('ml\u00adflow \u2060x\ufeff')).toBe('ml\\xadflow \\u2060x\\ufeff');
    // Tag characters spell hidden ASCII (U+E0041 is a tagged "A").
    expect(neutralizeControls('ok\udb40\udc41\udb40\udc7f')).toBe('ok\\u{e0041}\\u{e007f}');
  });
});
