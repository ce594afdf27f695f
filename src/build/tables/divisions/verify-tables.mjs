#!/usr/bin/env node
// verify-tables.mjs — checks src/main/resources/extract/divisions.tsv and countries.tsv.
// Exits non-zero on the first kind of error found; prints counts otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'main', 'resources', 'extract');
let failed = 0;
const fail = (msg) => { console.error('FAIL', msg); failed++; };

function read(file, header) {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const data = lines.filter((l) => !l.startsWith('#'));
  if (data[0] !== header.join('\t')) fail(`${file}: header row is ${JSON.stringify(data[0])}`);
  const rows = data.slice(1).map((l, i) => {
    const f = l.split('\t');
    if (f.length !== header.length) fail(`${file}: row ${i + 1} has ${f.length} columns: ${l}`);
    return Object.fromEntries(header.map((h, j) => [h, f[j]]));
  });
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.code)) fail(`${file}: duplicate code ${r.code}`);
    seen.add(r.code);
    if (!r.name) fail(`${file}: empty name for ${r.code}`);
    if (r.short && r.short.length < 2) fail(`${file}: one-character short for ${r.code}`);
    if (r.short && r.short === r.name) fail(`${file}: short equals name for ${r.code}`);
  }
  return rows;
}

// divisions
const div = read('divisions.tsv', ['code', 'name', 'level', 'parent', 'short']);
const byCode = new Map(div.map((r) => [r.code, r]));
const counts = {};
for (const r of div) {
  counts[r.level] = (counts[r.level] || 0) + 1;
  if (!/^\d{6}$/.test(r.code)) fail(`divisions: bad code ${r.code}`);
  if (!['province', 'prefecture', 'county', 'zone'].includes(r.level)) fail(`divisions: bad level ${r.level} (${r.code})`);
  if (r.level === 'province') {
    if (r.parent) fail(`divisions: province ${r.code} has a parent`);
    if (!r.code.endsWith('0000')) fail(`divisions: province code ${r.code}`);
    continue;
  }
  const p = byCode.get(r.parent);
  if (!p) { fail(`divisions: parent ${r.parent} of ${r.code} missing`); continue; }
  if (r.code.slice(0, 2) !== r.parent.slice(0, 2)) fail(`divisions: ${r.code} not in parent province ${r.parent}`);
  if (r.level === 'prefecture' && p.level !== 'province') fail(`divisions: prefecture ${r.code} under ${p.level}`);
  if (r.level === 'county') {
    if (p.level === 'county') fail(`divisions: county ${r.code} under county`);
    if (p.level === 'prefecture' && r.code.slice(0, 4) !== r.parent.slice(0, 4)) fail(`divisions: ${r.code} not in ${r.parent}`);
  }
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(r.name)) fail(`divisions: placeholder row ${r.code} ${r.name}`);
}
for (const c of ['110000', '310000', '710000', '810000', '820000']) if (!byCode.has(c)) fail(`divisions: ${c} missing`);
const expectShort = {
  上海市: '上海', 广东省: '广东', 内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 新疆维吾尔自治区: '新疆',
  宁夏回族自治区: '宁夏', 西藏自治区: '西藏', 香港特别行政区: '香港', 澳门特别行政区: '澳门', 台湾省: '台湾',
  杭州市: '杭州', 延边朝鲜族自治州: '延边', 大兴安岭地区: '大兴安岭', 湘西土家族苗族自治州: '湘西',
  浦东新区: '浦东', 吴中区: '吴中', 香河县: '香河', 大厂回族自治县: '大厂', 滨海新区: '滨海',
  神农架林区: '神农架', 万柏林区: '万柏林', 清新区: '清新', 鄂伦春自治旗: '鄂伦春', 伊犁哈萨克自治州: '伊犁',
  积石山保安族东乡族撒拉族自治县: '积石山', 龙胜各族自治县: '龙胜', 忠县: '', 芒市: '', 沙县区: '沙县',
};
for (const [name, s] of Object.entries(expectShort)) {
  const r = div.find((x) => x.name === name);
  if (!r) fail(`divisions: ${name} missing`);
  else if (r.short !== s) fail(`divisions: short of ${name} is ${JSON.stringify(r.short)}, expected ${JSON.stringify(s)}`);
}
console.log(`divisions.tsv: ${div.length} rows`, counts);

// countries
const ctry = read('countries.tsv', ['code', 'name', 'short']);
for (const r of ctry) if (!/^[A-Z]{2}$/.test(r.code)) fail(`countries: bad code ${r.code}`);
for (const c of ['CN', 'HK', 'MO', 'TW']) if (ctry.some((r) => r.code === c)) fail(`countries: ${c} present`);
const forms = new Set(ctry.flatMap((r) => [r.name, r.short]).filter(Boolean));
for (const f of ['美国', '英国', '法国', '德国', '日本', '韩国', '新加坡', '俄罗斯', '印度', '意大利', '西班牙',
  '加拿大', '澳大利亚', '新西兰', '瑞士', '荷兰', '比利时', '卢森堡', '泰国', '越南', '马来西亚', '印度尼西亚',
  '菲律宾', '巴西', '南非', '沙特阿拉伯', '阿联酋']) if (!forms.has(f)) fail(`countries: ${f} missing`);
console.log(`countries.tsv: ${ctry.length} rows`);

if (failed) { console.error(`${failed} problem(s)`); process.exit(1); }
console.log('OK');
