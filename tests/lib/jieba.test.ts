import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { cut, setUserDict, tag, userDictFile } from '../../scripts/lib/jieba';

describe('[jieba] the nodejieba wrapper', () => {
  test('cut splits Chinese text into words', () => {
    expect(cut('无锡市党政代表团赴南通考察')).toEqual(
      expect.arrayContaining(['代表团', '南通', '考察']),
    );
  });

  test('a user dictionary makes an unknown name one word tagged nr', () => {
    setUserDict(['王琪 nr', '许峰 nr']);
    expect(tag('市长王琪率党政企代表团赴上海')).toEqual(
      expect.arrayContaining([
        { word: '王琪', tag: 'nr' },
        { word: '上海', tag: 'ns' },
      ]),
    );
    setUserDict([]);
    expect(cut('市长王琪率党政企代表团')).not.toContain('王琪');
  });

  test('the user dictionary file is named by its content', () => {
    const path = userDictFile(['昆山 ns', ' 许峰 nr ', '']);
    expect(path).toBe(userDictFile(['昆山 ns', '许峰 nr']));
    expect(existsSync(path) && readFileSync(path, 'utf8')).toBe('昆山 ns\n许峰 nr\n');
  });

  test('a dictionary file is written aside and renamed: no half-written file, nothing left over', () => {
    const lines = [`考察录测试词${process.pid} nz`];
    const path = userDictFile(lines);
    expect(readFileSync(path, 'utf8')).toBe(`${lines[0]}\n`);
    const asides = readdirSync(tmpdir()).filter(
      (f) => f.startsWith('kaochalu-jieba-') && f.includes(`.${process.pid}-`),
    );
    expect(asides).toEqual([]);
  });
});
