import { describe, expect, test } from 'vitest';
import data from '../../scripts/data/place-abbreviations.json';
import { findPlaces } from '../../scripts/extract/places';
import { readingsOf } from '../../scripts/lib/gazetteer';

/** The abbreviation mentions of a text: surface and the places' names. */
const abbreviations = (text: string): [string, string[]][] =>
  findPlaces(text)
    .filter((m) => m.via === 'abbreviation')
    .map((m) => [m.surface, m.places.map((p) => p.name)]);

describe('[places] compound abbreviations', () => {
  test.each([
    ['打造长三角一体化沪苏通核心三角强支点城市', '沪苏通', ['上海市', '苏州市', '南通市']],
    ['沪苏通长江公铁大桥开通', '沪苏通', ['上海市', '苏州市', '南通市']],
    ['沪苏通铁路开通运营', '沪苏通', ['上海市', '苏州市', '南通市']],
    ['南通与苏锡常三市签署协议', '苏锡常', ['苏州市', '无锡市', '常州市']],
    ['试图与苏锡常实现深度协作', '苏锡常', ['苏州市', '无锡市', '常州市']],
    ['锡通高速全线通车', '锡通', ['无锡市', '南通市']],
    ['加强锡通跨江融合发展', '锡通', ['无锡市', '南通市']],
    ['携手共建嘉昆太协同创新核心圈', '嘉昆太', ['嘉兴市', '昆山市', '太仓市']],
    ['围绕锡常泰都市圈建设', '锡常泰', ['无锡市', '常州市', '泰州市']],
    ['苏锡通科技产业园区', '苏锡通', ['苏州市', '无锡市', '南通市']],
    ['江阴市党政企代表团赴沪苏杭学习考察', '沪苏杭', ['上海市', '苏州市', '杭州市']],
    ['遍访沪苏杭后', '沪苏杭', ['上海市', '苏州市', '杭州市']],
    ['打造苏通跨江融合发展新样板', '苏通', ['苏州市', '南通市']],
    ['沪苏浙皖', '沪苏浙皖', ['上海市', '江苏省', '浙江省', '安徽省']],
    ['京津冀协同发展', '京津冀', ['北京市', '天津市', '河北省']],
    ['粤港澳大湾区', '粤港澳', ['广东省', '香港特别行政区', '澳门特别行政区']],
    ['港澳台同胞', '港澳台', ['香港特别行政区', '澳门特别行政区', '台湾省']],
    ['长株潭一体化', '长株潭', ['长沙市', '株洲市', '湘潭市']],
    ['厦漳泉都市圈', '厦漳泉', ['厦门市', '漳州市', '泉州市']],
    ['成渝地区双城经济圈', '成渝', ['成都市', '重庆市']],
    ['推动“深莞惠”协同', '深莞惠', ['深圳市', '东莞市', '惠州市']],
    ['甬台温沿海', '甬台温', ['宁波市', '台州市', '温州市']],
    ['江浙沪地区', '江浙沪', ['江苏省', '浙江省', '上海市']],
    ['盐城市党政代表团赴沪学习考察', '沪', ['上海市']],
    ['黔东南州党政代表团来杭考察', '杭', ['杭州市']],
    ['在京期间', '京', ['北京市']],
    ['赴粤交流', '粤', ['广东省']],
  ])('%s → %s %j', (text, surface, places) => {
    expect(abbreviations(text)).toEqual([[surface, places]]);
  });

  test.each([
    ['通常情况下'],
    ['常常加班'],
    ['太湖地区'],
    ['温泉度假区'],
    ['点石成金'],
    ['合成生物产业园'],
    ['深深感到'],
    ['欢迎加强与锡企的协作'],
    ['苏南、苏中跨江融合'],
    ['通威集团'],
    ['苏相合作区'],
    ['太太'],
    ['在深化改革，来合作，赴苏考察，在台工作，沪上'],
  ])('%s → none', (text) => {
    expect(abbreviations(text)).toEqual([]);
  });

  test('every sense and compound of the table is one full name of the gazetteer', () => {
    const names = [
      ...Object.values(data.abbreviations).flat(),
      ...Object.values(data.compounds).flat(),
    ];
    expect(names.filter((n) => readingsOf(n).filter((r) => r.via === 'full').length !== 1)).toEqual(
      [],
    );
  });
});

describe('[places] a run the text calls provinces takes the province senses', () => {
  test.each([
    ['苏青两省情谊深厚', '苏青', ['江苏省', '青海省']],
    ['苏青合作不断深化', '苏青', ['苏州市', '青岛市']],
  ])('%s', (text, surface, places) => {
    expect(abbreviations(text)).toEqual([[surface, places]]);
  });
});
