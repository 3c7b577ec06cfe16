import { describe, expect, test } from 'vitest';
import { visitsIn } from './visit-lines';

/** Who led, who received and who went along, by name, for the article's first visit. */
interface Roles {
  leaders: string[];
  hosts: string[];
  members: string[];
}

function rolesIn(text: string, outlet: string | null = null): Roles | undefined {
  const visit = visitsIn(text.split('\n'), { outlet })[0];
  if (!visit) return undefined;
  const names = (list: readonly { name: string }[]) => list.map((p) => p.name);
  return {
    leaders: names(visit.leaders),
    hosts: names(visit.hosts),
    members: names(visit.members),
  };
}

describe('[leaders] leaders lead, officials of the destination host, the origin’s go along', () => {
  test.each<[string, Roles]>([
    [
      '2月27日，启东市委书记杨中坚，市委副书记、市长蔡毅率启东市党政代表团赴苏州吴江区考察。吴江区委副书记、区长王国荣，区人大常委会主任钱斌陪同考察。',
      { leaders: ['杨中坚', '蔡毅'], hosts: ['王国荣', '钱斌'], members: [] },
    ],
    [
      '3月5日，赣州市委书记曾宪明率赣州市党政代表团赴厦门考察学习。厦门市委书记黄永辉会见代表团一行。',
      { leaders: ['曾宪明'], hosts: ['黄永辉'], members: [] },
    ],
    [
      '3月5日，赣州市委书记曾宪明率赣州市党政代表团赴厦门考察学习。\n赣州市领导刘晓东、陈丽参加考察。',
      { leaders: ['曾宪明'], hosts: [], members: ['刘晓东', '陈丽'] },
    ],
    // In the delegation's own report a bare title (市委常委、秘书长) is of its own city.
    [
      '3月5日，赣州市委书记曾宪明率赣州市党政代表团赴厦门考察学习。厦门市委书记黄永辉会见代表团一行。市委常委、秘书长刘晓东，副市长陈丽参加考察。',
      { leaders: ['曾宪明'], hosts: ['黄永辉'], members: ['刘晓东', '陈丽'] },
    ],
  ])('%s', (text, roles) => {
    expect(rolesIn(text)).toEqual(roles);
  });
});

describe('[leaders] 受…委托: the one who sends neither leads nor hosts', () => {
  test.each<[string, Roles]>([
    [
      '8月27日，受市委书记马志刚委托，市长杨继宏率定西市党政代表团赴青岛考察。',
      { leaders: ['杨继宏'], hosts: [], members: [] },
    ],
    [
      '8月27日，定西市党政代表团赴青岛考察。\n受青岛市委书记陆建国委托，青岛市委副书记、市长赵晓峰会见代表团一行。',
      { leaders: [], hosts: ['赵晓峰'], members: [] },
    ],
  ])('%s', (text, roles) => {
    expect(rolesIn(text)).toEqual(roles);
  });
});

describe('[leaders] a host city’s report (来我市): 市委书记 is the outlet’s', () => {
  test.each<[string, string, Roles]>([
    [
      '6月15日，六安市委书记孙明远率六安市党政代表团来我市考察。市委书记张国栋陪同考察。',
      '泰州日报',
      { leaders: ['孙明远'], hosts: ['张国栋'], members: [] },
    ],
    // 会见了X、Y一行: X and Y lead the delegation received.
    [
      '10月16日，贵州省黔东南州党政代表团来我市考察。市委书记陈卫国会见了黔东南州委书记吴光明、州长杨秀英一行。',
      '杭州日报',
      { leaders: ['吴光明', '杨秀英'], hosts: ['陈卫国'], members: [] },
    ],
  ])('%s (%s)', (text, outlet, roles) => {
    expect(rolesIn(text, outlet)).toEqual(roles);
  });
});

describe('[leaders] a province receives a provincial delegation in its cities', () => {
  test('广东省委书记 hosts 贵州省党政代表团 in 广州', () => {
    const text =
      '5月20日，贵州省委书记陈立明率贵州省党政代表团赴广东学习考察。\n代表团来到广州，广东省委书记林建华会见代表团一行。';
    expect(rolesIn(text)).toEqual({ leaders: ['陈立明'], hosts: ['林建华'], members: [] });
  });
});

describe('[leaders] hosts beyond 会见: the host province at its events, a county of the destination', () => {
  test.each<[string, Roles]>([
    [
      '11月10日，青海省委书记张三率青海省党政代表团赴江苏南京学习考察。\n江苏省领导王五、赵六参加有关活动。青海省领导钱七随同考察。',
      { leaders: ['张三'], hosts: ['王五', '赵六'], members: ['钱七'] },
    ],
    [
      '7月12日，锡林郭勒盟委书记乌兰图雅率锡林郭勒盟党政代表团赴阿拉善盟考察学习。\n代表团来到阿拉善左旗，阿拉善左旗旗委书记苏和陪同考察。',
      { leaders: ['乌兰图雅'], hosts: ['苏和'], members: [] },
    ],
  ])('%s', (text, roles) => {
    expect(rolesIn(text)).toEqual(roles);
  });
});

describe('[leaders] a zone named after the origin is the origin’s', () => {
  test('天水经济技术开发区管委会主任 goes along; another city’s zone does not', () => {
    const roles = rolesIn(
      '4月9日，市委书记张三率天水市党政代表团赴江苏省常州市考察学习。常州市委书记李四陪同考察。\n副市长王五，天水经济技术开发区管委会主任赵六，武进高新区管委会主任钱七参加考察。',
      '天水日报',
    );
    expect(roles?.members).toEqual(['王五', '赵六']);
  });
});

describe('[leaders] a city receives in its county', () => {
  test('湖州市委副书记、市长X陪同 on the stop 湖州市安吉县 of a provincial trip', () => {
    const roles = rolesIn(
      '5月8日，州委书记张三率黔东南州党政代表团赴浙江省考察学习。\n代表团首先来到杭州市余杭区，考察了杭州未来科技城。杭州市委书记李四会见代表团一行。\n随后，代表团前往湖州市安吉县，走进安吉竹产业园。湖州市委副书记、市长王五陪同考察。',
    );
    expect(roles?.hosts).toEqual(['李四', '王五']);
  });
});

describe('[leaders] 分两组…，市委书记A、市长B分别带队', () => {
  test('both lead, as officials of the origin (not of the destination named before them)', () => {
    const visit = visitsIn(
      [
        '6月3日至5日，遵义市党政代表团分两组赴浙江杭州、江苏苏州考察学习，市委书记张三、市长李四分别带队。',
        '市领导王五、赵六分别参加考察。',
      ],
      { outlet: '遵义日报' },
    )[0];
    expect(visit?.leaders).toEqual([
      { name: '张三', title: '遵义市委书记', place: '遵义市' },
      { name: '李四', title: '遵义市市长', place: '遵义市' },
    ]);
    expect(visit?.hosts).toEqual([]);
    expect(visit?.members.map((p) => p.name)).toEqual(['王五', '赵六']);
  });
});

describe('[leaders] a village of the destination receives for it', () => {
  test('赴安吉县鲁家村 … 鲁家村党委书记X陪同考察', () => {
    const roles = rolesIn(
      '4月2日，乡党委书记张三、乡长李四带领桐庐县莪山畲族乡党政代表团赴安吉县鲁家村考察学习。鲁家村党委书记王五陪同考察。\n乡领导赵六参加考察。',
    );
    expect(roles).toEqual({ leaders: ['张三', '李四'], hosts: ['王五'], members: ['赵六'] });
  });
  test('a village the text does not put in a destination does not', () => {
    const roles = rolesIn(
      '4月2日，县委书记张三率桐庐县党政代表团赴安吉县考察学习。枫源村党委书记王五陪同考察。',
    );
    expect(roles?.hosts).toEqual([]);
  });
});
