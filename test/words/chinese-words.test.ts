import { describe, expect, it } from 'vitest';
import { chineseWords, isDictionaryWord, rememberSegments, segmentedTexts, segmentsOf } from '../../src/words/chinese-words.js';

const icu = new Intl.Segmenter('zh', { granularity: 'word' });
const asked = (text: string) => Array.from(icu.segment(text), ({ segment, isWordLike }) => [segment, isWordLike === true]);

describe("ICU's Chinese words", () => {
  it('cuts text as the segmenter does: words, and the spaces and punctuation between them', () => {
    for (const text of ['巴西', '王健', '支付中台', '营销', '下周 账户中心，内存放火', 'staging 网络延迟演练']) expect(segmentsOf(text)).toEqual(asked(text));
    expect(chineseWords('下周 账户中心，内存放火')).toEqual(asked('下周 账户中心，内存放火').filter(([, isWord]) => isWord).map(([segment]) => segment));
  });

  it('knows a dictionary word only when the segmenter keeps the whole text as one word', () => {
    expect(isDictionaryWord('巴西')).toBe(true);
    expect(isDictionaryWord('开发')).toBe(true);
    expect(isDictionaryWord('，')).toBe(false);
    expect(isDictionaryWord('支付中台')).toBe(false);
  });

  it('answers from what an earlier run kept, and keeps what it had to ask', () => {
    rememberSegments([['甲乙丙', [['甲乙丙', true]]]]);
    expect(isDictionaryWord('甲乙丙')).toBe(true);
    const before = segmentedTexts().learned;
    segmentsOf('丁戊己庚');
    const after = segmentedTexts();
    expect(after.learned).toBe(before + 1);
    expect(after.entries.map(([text]) => text)).toEqual(expect.arrayContaining(['甲乙丙', '丁戊己庚']));
  });
});
