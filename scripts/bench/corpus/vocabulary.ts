/**
 * Words the generated reports are made of, modelled on the seeds and on city outlets' 考察 reports
 * (株洲日报, 无锡日报, 新华报业网, 北京西路瞭望). Sector words come from scripts/data/sectors.json.
 */

/** Characters of given names (two-character names use two of them). */
export const GIVEN_NAME_CHARS = [
  ...'伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华建国志海峰新宏波林斌辉鹏飞晓红玉春文龙俊云亮宁凯浩琳雪梅彬健民永忠德荣庆祥东立清毅钦琪惠兵坚晖锋军颖慧倩婷振兴卫炜岚瑜锦',
];

/** First characters of company brands: 恒力, 盛虹, 华芯. */
export const BRAND_CHARS = [...'恒盛华中天宏科创信鑫瑞博新远海通达源智芯联康泰润嘉德汇晶鼎凯'];

/** What a company makes, before 有限公司. */
export const COMPANY_TRADES = [
  '科技',
  '智能装备',
  '微电子',
  '新材料',
  '生物医药',
  '精密机械',
  '电子信息',
  '机器人',
  '新能源',
  '医疗器械',
  '汽车零部件',
  '纺织',
  '食品',
  '物流',
];

/** Company forms. */
export const COMPANY_FORMS = ['有限公司', '股份有限公司', '集团', '集团有限公司'];

/** Sites named after the place: {p} is its short name, {k} a sector keyword. */
export const SITE_PATTERNS = [
  '{p}{k}产业园',
  '{p}规划展示馆',
  '{p}科技城',
  '{p}高新区{k}创新中心',
  '{p}经济技术开发区',
  '{p}市民中心',
  '{p}{k}研究院',
  '{p}政务服务中心',
  '{p}综合保税区',
  '{p}城市展厅',
];

/** Village name syllables, for 示范乡村 sites. */
export const VILLAGE_CHARS = [...'桃李梅竹溪河湾塘桥港山岭田园庄家新和丰安'];

/** Why the delegation went ({s1}, {s2}: sectors). */
export const PURPOSES = [
  '学习借鉴先进地区在{s1}、{s2}等方面的好经验好做法',
  '深化两地交流合作，推动{s1}、{s2}等领域务实合作',
  '探寻高质量发展“密码”，为全市经济社会发展蓄势赋能',
  '进一步解放思想、开阔视野，对标找差、奋起直追',
  '近距离感受{s1}发展的澎湃动能，谋划推动{s2}发展的思路举措',
];

/** Words for regions a trip may be summed up by. */
export const REGIONS = ['长三角', '珠三角', '长江经济带', '京津冀', '成渝地区', '粤港澳大湾区'];

/** Outlets that are not named after a place. */
export const NATIONAL_OUTLETS = ['新华报业网', '人民网', '澎湃新闻', '新华网', '中国新闻网'];

/** Outlet suffixes after a place's short name: 株洲日报, 昆山发布. */
export const LOCAL_OUTLET_SUFFIXES = ['日报', '发布', '新闻网', '融媒体中心', '晚报'];

/** Lines an app or site leaves in copied text. */
export const FURNITURE_LINES = [
  '打开网易新闻 查看精彩图片',
  '打开网易新闻 查看精彩图片',
  '点击蓝字关注我们',
  '扫一扫在手机打开当前页',
];

/** Headings for stops inside a long report. */
export const STOP_HEADINGS = ['看点{n}：{site}', '第{n}站：{dest}', '{n}. {dest}如何做强{s1}？'];
