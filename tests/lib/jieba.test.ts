import { existsSync, readFileSync } from 'node:fs';
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
});
