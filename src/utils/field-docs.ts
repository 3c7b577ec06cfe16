import { ArticleSchema } from '../schemas/article';
import { OfficialEntitySchema } from '../schemas/official';
import { PlaceEntitySchema } from '../schemas/place';
import { FileReportSchema } from '../schemas/quality';
import { SectorEntitySchema } from '../schemas/sector';
import { TripExportSchema } from '../schemas/trip';
import { VisitSchema } from '../schemas/visit';
import { VISIT_CSV_COLUMNS } from './visits-csv';

/** One downloadable file and its fields explained. */
export interface ExportDoc {
  /** File name under /data/. */
  file: string;
  /** What one record is. */
  summary: string;
  /** Field name → what it holds, in the file's key order. */
  fields: [string, string][];
}

const PLACE =
  '地点对象：name 全称、level 级别、parent 上级、province 省份、code 区划代码、lat/lon 坐标';
const PERSON = '人物对象列表：name 姓名、title 报道中的职务、place 职务所属地';
const DATE =
  '日期对象：start/end（ISO 截断格式，年份不详时为 --MM-DD）、text 原文措辞、precision 精度、inferred 是否推断';

const VISIT: Record<string, string> = {
  id: '考察的稳定标识，也是页面路径 /visits/<id>/（同一行程的其他报道，其页面转到该行程的页面）',
  article: '报道这次考察的文章 id',
  alsoReportedIn: '同样报道这次考察的其他文章 id',
  delegation: '代表团名称（按报道原文，简体）',
  origin: `出发地，${PLACE}`,
  leaders: `带队领导，${PERSON}`,
  members: `其他点名成员，${PERSON}`,
  destinations: '目的地列表，按行程顺序（地点对象）',
  stops:
    '行程各站：place 地点、date 日期（可为空）、sites 考察点、paragraphs 相关段落号（从 0 起）',
  date: `整个行程的日期，${DATE}`,
  hosts: `接待的当地领导，${PERSON}`,
  sites: '考察的企业、园区、机构',
  sectors: '领域标签（见 sectors.json），按关键词标注',
  mentionedOnly: 'true 表示报道只是顺带提及这次考察',
  evidence: '报道中支持该考察的段落：paragraph 段落号（从 0 起，对应页面锚点 #p-N）、text 原句',
  url: '考察页面路径（相对站点根目录）',
};

const TRIP: Record<string, string> = {
  ...VISIT,
  id: '行程的稳定标识，即其主报道的考察 id，也是页面路径 /visits/<id>/',
  article:
    '主报道的文章 id（最早发布的完整报道）；stops 的段落号指这篇，支持它的段落见主报道在 visits.json 中的 evidence',
  alsoReportedIn: '同样报道这次行程的其他文章 id',
  leaders: `各篇报道点名的带队领导（每人一次），${PERSON}`,
  destinations: '各篇报道的目的地（主报道的在前，每地一次）',
  date: `各篇报道中最精确的日期，${DATE}`,
  hosts: `各篇报道点名的接待领导，${PERSON}`,
  mentionedOnly: 'true 表示每篇报道都只是顺带提及',
  reports: '报道这次行程的各篇报道各自的考察记录：visits.json 中的 id，主报道在前',
};

const ARTICLE: Record<string, string> = {
  id: '文章 id（输入文件名）',
  title: '标题',
  originalTitle: '原标题（如报道注明）',
  outlet: '媒体',
  byline: '作者署名',
  published: '发布日期（ISO 截断格式）',
  script: '原文字体：simplified 简体 / traditional 繁体',
  url: '文章页面路径',
  sourceUrl: '原文网址（如已知）',
  paragraphs: '规范化后的正文段落（简体，全角标点）；段落号从 0 起',
  boilerplate: '移出正文的版面文字（分享提示、版权声明等）',
  repairs: '文字修复：from 原文受损文字、to 修复结果',
  visits: '文中报道的考察 id',
  places: '文中的地点（地点对象）',
  officials: `文中点名的人物，${PERSON}`,
  sectors: '文中段落涉及的领域标签',
};

const PLACE_ENTITY: Record<string, string> = {
  name: '全称（简体）',
  level:
    '级别：province 省级、municipality 直辖市、prefecture 地级、county 县级、district 市辖区、town 乡镇、foreign 境外',
  parent: '上级行政区全称',
  province: '所属省级行政区全称',
  code: '六位行政区划代码（如已知）',
  lat: '纬度（行政中心附近，示意用）',
  lon: '经度',
  id: '地点的稳定标识，也是页面路径 /places/<id>/',
  visitsOut: '从这里出发的考察 id（它向他处学习）',
  visitsIn: '来这里的考察 id（他处向它学习）',
  articles: '提及它的文章 id',
  officials: '职务属于这里的人物 id',
  url: '地点页面路径',
};

const OFFICIAL: Record<string, string> = {
  id: '人物的稳定标识（拼音），也是页面路径 /officials/<id>/',
  name: '姓名',
  title: '最近一篇报道中的职务',
  place: '该职务所属地',
  titles: '各篇报道中的职务：title 职务、place 所属地、article 文章 id、date 报道日期',
  visitsLed: '带队的考察 id',
  visitsHosted: '接待的考察 id',
  visitsJoined: '作为成员参加的考察 id',
  articles: '提及其的文章 id',
  url: '人物页面路径',
};

const SECTOR: Record<string, string> = {
  id: '领域的稳定标识，也是页面路径 /sectors/<id>/',
  label: '领域名称（考察、文章中使用的标签）',
  keywords: '标注该领域所用的关键词',
  visits: '标注为该领域的考察 id，最近的在前',
  articles: '标注为该领域的文章 id',
  url: '领域页面路径',
};

const QUALITY: Record<string, string> = {
  file: '输入文件名',
  article: '生成的文章 id（未能读取时为空）',
  status: 'ok 已发布、unreadable 无法读取、ignored 非文章文件',
  reason: '未发布的原因',
  encoding: '读取所用的编码',
  repairs: '所做的文字修复',
  anomalies: '无法修复的受损文字（问题对象：kind 类型、message 说明、text 文字、paragraph 段落号）',
  unresolved: '抽取时未能确定的内容（未知地点、无年份的日期等）',
  warnings: '其他警告',
  removed:
    '删去的不可见字符与控制字符（零宽空格、文中的 BOM、双向控制符、NUL 等）：char 码位、name 名称、count 个数',
  notes:
    '对全文所做的处理（HTML 转为文字、混用编码逐行解码、全角数字改半角、过长段落拆分），不算问题',
};

const CSV: Record<string, string> = {
  ...VISIT,
  origin: '出发地全称',
  originProvince: '出发地所属省份',
  originCode: '出发地区划代码',
  leaders: '带队领导，“姓名（职务）”，多人以“；”分隔',
  members: '其他成员，格式同上',
  destinations: '目的地全称，以“；”分隔',
  dateStart: '开始日期（ISO 截断格式；年份不明的 --MM-DD 前加了撇号，见上文）',
  dateEnd: '结束日期',
  dateText: '日期的原文措辞',
  datePrecision: '日期精度：day / month / year / unknown',
  dateInferred: 'true 表示日期（通常是年份）为推断',
  hosts: '接待领导，格式同带队领导',
  sites: '考察点，以“；”分隔',
  sectors: '领域标签，以“；”分隔',
};

/** Order a docs table by a schema's keys, so the table follows the file. */
const inOrder = (keys: readonly string[], docs: Record<string, string>): [string, string][] =>
  keys.map((k) => [k, docs[k] ?? '']);

/** The downloads of /data/ and their fields, in the files' key order. */
export const EXPORT_DOCS: ExportDoc[] = [
  {
    file: 'visits.json',
    summary:
      '一篇报道中的一次考察（一个代表团的一次行程，含各站）；几篇报道同一行程时各有一条，互见 alsoReportedIn',
    fields: inOrder(Object.keys(VisitSchema.shape), VISIT),
  },
  {
    file: 'trips.json',
    summary:
      '一次行程：同一行程的几篇报道（代表团一方与接待一方的）合为一条，列出各篇报道的考察记录（visits.json 的 id）',
    fields: inOrder(Object.keys(TripExportSchema.shape), TRIP),
  },
  {
    file: 'visits.csv',
    summary:
      "考察的平面表格（UTF-8 带 BOM，可直接用 Excel 打开；以 = + - @、制表符或回车开头的单元格前加了撇号 '，电子表格按文字显示，不当作公式）",
    fields: inOrder(
      VISIT_CSV_COLUMNS.map(([n]) => n),
      CSV,
    ),
  },
  {
    file: 'articles.json',
    summary: '一篇报道',
    fields: inOrder(Object.keys(ArticleSchema.shape), ARTICLE),
  },
  {
    file: 'places.json',
    summary: '一个地点',
    fields: inOrder(Object.keys(PlaceEntitySchema.shape), PLACE_ENTITY),
  },
  {
    file: 'officials.json',
    summary: '一位人物（同名且职务或地点相符者视为同一人）',
    fields: inOrder(Object.keys(OfficialEntitySchema.shape), OFFICIAL),
  },
  {
    file: 'sectors.json',
    summary: '领域词表中的一项',
    fields: inOrder(Object.keys(SectorEntitySchema.shape), SECTOR),
  },
  {
    file: 'quality.json',
    summary: '构建报告：一个输入文件的处理情况',
    fields: inOrder(Object.keys(FileReportSchema.shape), QUALITY),
  },
];
