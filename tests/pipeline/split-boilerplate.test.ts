import { describe, expect, test } from 'vitest';
import { isCaption, isHeadline } from '../../scripts/pipeline/find-title';
import { splitBoilerplate } from '../../scripts/pipeline/split-boilerplate';

const lines = (...l: string[]): string => l.join('\n');

describe('[split-boilerplate] whole pages of other outlets', () => {
  test('人民网: dateline and source, 原标题, byline, 责编, channel names at the end', () => {
    const split = splitBoilerplate(
      lines(
        '昆山党政代表团赴深圳考察',
        '2023年11月17日08:12  来源：人民网－江苏频道',
        '原标题：昆山：向万亿城市取经',
        '本报记者 张三',
        '11月15日，昆山市党政代表团赴深圳考察。',
        '代表团一行走访了多家企业。',
        '（责编：李四、王五）',
        '分享让更多人看到',
        '江苏要闻',
        '给领导留言',
      ),
    );
    expect(split).toEqual({
      title: '昆山党政代表团赴深圳考察',
      body: ['11月15日，昆山市党政代表团赴深圳考察。', '代表团一行走访了多家企业。'],
      boilerplate: [
        '2023年11月17日08:12  来源：人民网－江苏频道',
        '原标题：昆山：向万亿城市取经',
        '本报记者 张三',
        '（责编：李四、王五）',
        '分享让更多人看到',
        '江苏要闻',
        '给领导留言',
      ],
      facts: {
        originalTitle: '昆山：向万亿城市取经',
        outlet: '人民网－江苏频道',
        byline: '本报记者 张三',
        published: '2023-11-17',
        editors: ['李四', '王五'],
      },
    });
  });

  test('微信公众号: END, recommendations and follow prompts are one footer block', () => {
    const split = splitBoilerplate(
      lines(
        '县域经济观察',
        '文/李明',
        '正文第一段，讲考察。',
        '正文第二段，讲收获。',
        '- THE END -',
        '往期推荐',
        '江阴：科创江阴三年行动',
        '点击蓝字关注我们',
      ),
    );
    expect(split.title).toBe('县域经济观察');
    expect(split.body).toEqual(['正文第一段，讲考察。', '正文第二段，讲收获。']);
    expect(split.boilerplate).toEqual([
      '文/李明',
      '- THE END -\n往期推荐\n江阴：科创江阴三年行动\n点击蓝字关注我们',
    ]);
    expect(split.facts.byline).toBe('李明');
  });

  test('县市融媒体: source, editor and reviewers at the foot', () => {
    const split = splitBoilerplate(
      lines(
        '正文一段，讲考察。',
        '来源：江阴市融媒体中心',
        '编辑：张三',
        '审核：李四',
        '监制：王五',
      ),
    );
    expect(split.body).toEqual(['正文一段，讲考察。']);
    expect(split.facts).toMatchObject({
      outlet: '江阴市融媒体中心',
      editors: ['张三', '李四', '王五'],
    });
  });

  test('澎湃 / 网易: share prompts in the middle are set aside, the text around them stays', () => {
    const split = splitBoilerplate(
      lines(
        '第一段。',
        '',
        '打开网易新闻 查看精彩图片',
        '',
        '第二段。',
        '澎湃新闻记者 邱海鸿',
        '责任编辑：王璐',
      ),
    );
    expect(split.body).toEqual(['第一段。', '第二段。']);
    expect(split.boilerplate).toEqual([
      '打开网易新闻 查看精彩图片',
      '澎湃新闻记者 邱海鸿',
      '责任编辑：王璐',
    ]);
    expect(split.facts).toMatchObject({ byline: '澎湃新闻记者 邱海鸿', editors: ['王璐'] });
  });
});

describe('[split-boilerplate] lines set aside', () => {
  test.each([
    '打开网易新闻 查看精彩图片',
    '打开腾讯新闻 看更多精彩',
    '点击蓝字关注我们',
    '长按识别二维码',
    '扫一扫在手机打开当前页',
    '欢迎关注“江阴发布”公众号',
    '分享 收藏 点赞 在看',
    '给领导留言',
    '【纠错】',
    '欢迎转发 侵权必究',
    '转载请注明出处',
    '未经授权，不得转载',
    'Copyright © 2024 Xinhua',
    '文稿相关问题反馈,请联系:zhangtianyi0510',
    '加入城市读者群,请联系:chuangke-jun',
    '投稿邮箱：news@example.com',
    '重丨磅丨报丨告',
    '欢|迎|联|系',
    '丨 丨 丨 丨 | 丨',
    '▼▼▼',
    '素材及图片来源 无锡日报 南通日报 泰州日报 视觉中国',
    '图片来源：视觉中国',
    '新华日报社全媒体时政新闻部出品',
    '（完）',
    '分享到：',
    '字号',
    '【字体：大 中 小】',
  ])('%s', (line) => {
    const split = splitBoilerplate(lines('正文一段，讲考察。', line, '正文二段，讲收获。'));
    expect(split.body).toEqual(['正文一段，讲考察。', '正文二段，讲收获。']);
    expect(split.boilerplate).toEqual([line]);
  });

  test.each([
    '“北京西路瞭望”(微信号:xhrbbjxllw)注意到，在两地交流学习中，黄钦提到一个关键词。',
    '“最强县域”强在何处',
    '看点1:苏锡通科技产业园区',
    '【记笔记】',
    '关注新质生产力',
    '江阴市党政企代表团赴沪苏杭学习考察',
    '1. 义乌如何为企业降成本?',
  ])('article lines stay: %s', (line) => {
    const split = splitBoilerplate(lines('正文一段，讲考察。', line, '正文二段，讲收获。'));
    expect(split.body).toEqual(['正文一段，讲考察。', line, '正文二段，讲收获。']);
    expect(split.boilerplate).toEqual([]);
  });

  test('a pointer to a lost link is cut from the end of its paragraph', () => {
    const split = splitBoilerplate(
      lines(
        '学什么？便可清晰了解。(详情请点击链接查看本号报道:一路向南!南通这趟“考察之旅”非同寻常)',
        '下一段。',
      ),
    );
    expect(split.body).toEqual(['学什么？便可清晰了解。', '下一段。']);
    expect(split.boilerplate).toEqual([
      '(详情请点击链接查看本号报道:一路向南!南通这趟“考察之旅”非同寻常)',
    ]);
  });
});

describe('[split-boilerplate] footers and trailing lines', () => {
  test('a copyright block runs from 版 权 说 明 to the end', () => {
    const split = splitBoilerplate(
      lines(
        '正文。',
        '欢迎转发 侵权必究',
        '版 权 说 明',
        '如需转载本公众号内容:',
        '1.须保持图文完整,拒绝任何形式删改;',
      ),
    );
    expect(split.body).toEqual(['正文。']);
    expect(split.boilerplate).toEqual([
      '欢迎转发 侵权必究',
      '版 权 说 明\n如需转载本公众号内容:\n1.须保持图文完整,拒绝任何形式删改;',
    ]);
  });

  test('an aggregator footer runs from its 编辑整理 line to the end, and its byline is still read', () => {
    const split = splitBoilerplate(
      lines(
        '正文。',
        '本文来源:澎湃新闻记者 邱海鸿',
        '某某公社 编辑整理,转载请注明来源',
        '合作请联系:abc',
        '重丨磅丨报丨告',
      ),
    );
    expect(split.body).toEqual(['正文。']);
    expect(split.boilerplate).toEqual([
      '本文来源:澎湃新闻记者 邱海鸿',
      '某某公社 编辑整理,转载请注明来源\n合作请联系:abc\n重丨磅丨报丨告',
    ]);
    expect(split.facts.byline).toBe('澎湃新闻记者 邱海鸿');
  });

  test('a footer pattern followed by a body paragraph is not a footer', () => {
    const long = '这是一个很长的正文段落，'.repeat(10);
    const split = splitBoilerplate(lines('正文。', '推荐阅读', long));
    expect(split.body).toEqual(['正文。', '推荐阅读', long]);
  });

  test('a channel name is boilerplate only at the very end', () => {
    expect(splitBoilerplate(lines('第一段。', '江苏要闻', '正文。', '江苏要闻')).body).toEqual([
      '第一段。',
      '江苏要闻',
      '正文。',
    ]);
  });
});

describe('[split-boilerplate] title', () => {
  test('a headline first line is the title and leaves the body', () => {
    const split = splitBoilerplate(lines('', '株洲市党政代表团赴“长三角”考察见闻', '正文。'));
    expect(split).toMatchObject({ title: '株洲市党政代表团赴“长三角”考察见闻', body: ['正文。'] });
  });

  test.each([
    ['a caption', '昆山市委书记陈丽艳(中)在深圳、东莞开展考察对接活动'],
    ['a caption with a row', '市领导（前排左二）在企业考察'],
    ['a sentence', '秋高气爽。这样的天气,适合“好友相约”。'],
    [
      'a long paragraph',
      '2月27日,启东市委书记杨中坚,启东市委副书记、市长蔡毅率启东市党政代表团赴苏州吴江区考察,近距离学习',
    ],
  ])('%s is no title and stays the first paragraph', (_, first) => {
    const split = splitBoilerplate(lines(first, '正文。'));
    expect(split).toMatchObject({ title: null, body: [first, '正文。'] });
  });

  test('a lone line is no title', () => {
    expect(splitBoilerplate('昆山考察')).toMatchObject({ title: null, body: ['昆山考察'] });
  });

  test.each([
    ['张三（左一）与李四交谈', true],
    ['图为代表团在企业考察', true],
    ['新华社记者 张三 摄', true],
    ['株洲市党政代表团赴“长三角”考察见闻', false],
  ])('isCaption(%s) is %s', (line, expected) => {
    expect(isCaption(line)).toBe(expected);
  });

  test.each([
    ['跨江融合、四新行动……特殊时期江苏各地如何施展“非常之功”', true],
    ['浙苏皖行:为什么要去这些地方?学什么?', true],
    ['分赴珠三角、长三角,', false],
    ['答案是:万亿城市。', false],
  ])('isHeadline(%s) is %s', (line, expected) => {
    expect(isHeadline(line)).toBe(expected);
  });
});

describe('[split-boilerplate] more outlets', () => {
  test('新华网: 【纠错】 and the editor share a line', () => {
    const split = splitBoilerplate('正文一段，讲考察。\n【纠错】 [责任编辑:刘洋]');
    expect(split).toMatchObject({
      body: ['正文一段，讲考察。'],
      boilerplate: ['【纠错】 [责任编辑:刘洋]'],
    });
    expect(split.facts.editors).toEqual(['刘洋']);
  });

  test('a 县市融媒体 dateline with source, author and view count', () => {
    const split = splitBoilerplate(
      '昆山代表团赴深圳考察\n发布时间：2024-03-05 10:20  来源：昆山日报  作者：张三  浏览次数：123\n正文。',
    );
    expect(split.facts).toMatchObject({
      published: '2024-03-05',
      outlet: '昆山日报',
      byline: '张三',
    });
    expect(split.body).toEqual(['正文。']);
  });

  test.each([
    '人民网版权所有，未经书面授权禁止使用',
    '澎湃新闻，未经授权不得转载',
    '本文版权归原作者所有',
    '澎湃新闻报料：021-962866',
    '▲点击上方图片查看',
    '声明：本文系转载，如有侵权请联系删除',
  ])('set aside: %s', (line) => {
    expect(splitBoilerplate(`正文一段，讲考察。\n${line}\n正文二段。`).boilerplate).toEqual([line]);
  });

  test.each([
    '项目未经许可擅自开工，被责令停工。',
    '我们要保护版权所有者的权益。',
    '这起版权归属纠纷引发关注。',
    '作者张三在书中写道，县域经济是基石。',
  ])('stays in the article: %s', (line) => {
    expect(splitBoilerplate(`正文一段，讲考察。\n${line}\n正文二段。`).body).toContain(line);
  });
});

describe('[split-boilerplate] page furniture of accounts and portals', () => {
  test.each([
    '当前位置：首页 > 政务公开 > 工作动态 > 部门动态',
    '人民网首页 > 甘肃频道 > 本网原创',
    '新华网 > > 正文',
    '大公报 > 中国 > 大湾区',
    '分享',
    '点赞',
    '在看',
    '关注',
    '举报/反馈',
    '举报/投诉',
    '特别声明',
    '平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
    '本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。',
    '大公报版权所有 不得转载',
    '小字号',
    '阅读 (1532)',
    '责任编辑：',
    '发布于：江苏省',
    '索引号：11520600MB1234567X/2024-00123    信息分类：工作动态',
  ])('set aside: %s', (line) => {
    const split = splitBoilerplate(lines('正文一段，讲考察。', line, '正文二段，讲收获。'));
    expect(split.body).toEqual(['正文一段，讲考察。', '正文二段，讲收获。']);
    expect(split.boilerplate).toEqual([line]);
  });

  test.each([
    '代表团一行分享了考察心得，点赞两地合作成果。',
    '他说，这些信息来源于一线，不代表个人观点，而是集体的判断。',
    '本文仅记录考察的几个片段，不代表全部行程。',
    '增速从5%>3%>1%逐年放缓，说明转型迫在眉睫。',
    '主办方介绍，本次活动由两市共同举办。',
    '关注民生，是这次考察的重点之一。',
    '声明发布后，两地随即启动合作。',
  ])('stays in the article: %s', (line) => {
    const split = splitBoilerplate(lines('正文一段，讲考察。', line, '正文二段，讲收获。'));
    expect(split.body).toEqual(['正文一段，讲考察。', line, '正文二段，讲收获。']);
  });

  test('a portal footer runs from 主办 to the end', () => {
    const split = splitBoilerplate(
      lines(
        '正文。',
        '主办：铜仁市人民政府办公室   承办：铜仁市大数据发展管理局',
        '网站标识码：5206000001   黔ICP备12003489号',
      ),
    );
    expect(split.body).toEqual(['正文。']);
    expect(split.boilerplate).toEqual([
      '主办：铜仁市人民政府办公室   承办：铜仁市大数据发展管理局\n网站标识码：5206000001   黔ICP备12003489号',
    ]);
  });

  test('百家号: 作者最新文章 and 相关推荐 open the footer', () => {
    const split = splitBoilerplate(
      lines('正文。', '作者最新文章', '耒阳：全力以赴抓好防汛工作', '相关推荐', '某地新闻'),
    );
    expect(split.body).toEqual(['正文。']);
    expect(split.boilerplate).toEqual([
      '作者最新文章\n耒阳：全力以赴抓好防汛工作\n相关推荐\n某地新闻',
    ]);
  });

  test('an end marker after the last sentence is cut from it', () => {
    const split = splitBoilerplate(lines('正文一段。', '县领导吴刚、许丽参加考察。（完）'));
    expect(split.body).toEqual(['正文一段。', '县领导吴刚、许丽参加考察。']);
    expect(split.boilerplate).toEqual(['（完）']);
  });
});

describe('[split-boilerplate] the account name beside the dateline', () => {
  test.each([
    [
      '澎湃号: above the dateline',
      ['武进区代表团赴南山考察', '武进发布', '2024-05-12 10:21 来源：澎湃新闻·澎湃号·政务'],
    ],
    [
      '搜狐号: between two metadata lines',
      ['宿迁代表团赴昆山考察', '2024-05-12 10:21', '宿迁发布', '原标题：宿迁代表团赴昆山学习考察'],
    ],
  ])('%s', (_, header) => {
    const split = splitBoilerplate(lines(...header, '正文一段，讲考察。', '正文二段。'));
    expect(split.title).toBe(header[0]);
    expect(split.body).toEqual(['正文一段，讲考察。', '正文二段。']);
    expect(split.boilerplate).toEqual(header.slice(1));
  });

  test('a short line not beside a metadata line stays: a subtitle, a heading', () => {
    const split = splitBoilerplate(
      lines(
        '武进区代表团赴南山考察',
        '对标先进找差距',
        '正文一段，讲考察。',
        '产业协作',
        '来源：武进发布',
      ),
    );
    expect(split.body).toEqual(['对标先进找差距', '正文一段，讲考察。', '产业协作']);
  });

  test('after the first paragraph a short line stays even beside a metadata line', () => {
    const split = splitBoilerplate(
      lines(
        '武进区代表团赴南山考察',
        '2024-05-12 10:21',
        '正文一段，讲考察。',
        '产业协作',
        '编辑：张三',
      ),
    );
    expect(split.body).toEqual(['正文一段，讲考察。', '产业协作']);
  });
});

describe('[split-boilerplate] facts of the first paragraph', () => {
  test('the lead gives byline and outlet, and stays in the paragraph', () => {
    const first = '【大公报讯】记者 黄嘉欣 报道：广西党政代表团在香港考察访问。';
    const split = splitBoilerplate(lines('广西党政代表团访港', first, '正文二段。'));
    expect(split.body).toEqual([first, '正文二段。']);
    expect(split.facts).toMatchObject({ outlet: '大公报', byline: '记者 黄嘉欣' });
  });

  test('a 来源 line and a byline line win over the lead', () => {
    const split = splitBoilerplate(
      lines(
        '宁夏代表团赴福建考察',
        '2024-05-12 10:21:35 来源: 新华网',
        '新华社福州5月12日电（记者 陈永福）代表团在福建考察。',
        '本报记者 张三',
      ),
    );
    expect(split.facts).toMatchObject({ outlet: '新华网', byline: '本报记者 张三' });
  });
});
