#!/usr/bin/env python3
"""Build src/main/resources/extract/institutions.tsv from the hand-transcribed lists in src/.

Usage: python3 build_institutions.py [OUTPUT]   (default: src/main/resources/extract/institutions.tsv)

src/*.txt are read in file-name order. Each file has directive lines
    @source ID    @category CAT    @type TYPE
that set the defaults for the rows below them, comment lines starting with '#',
and row lines
    name|short forms|ticker|category|type
where only `name` is required. Short forms are comma-separated; '!' suppresses the
automatic form (the name without its legal suffix); a leading '^' marks the row that
keeps a form when another row claims it too. A 6-digit ticker gets its sh/sz/bj prefix
from the first digit.

The script writes the table, a log of every short form it dropped
(build.log next to this script) and prints the counts. Deterministic, stdlib only.
"""
import os
import re
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SOURCES = os.path.join(HERE, "sources.tsv")
DEFAULT_OUT = os.path.join(HERE, "..", "..", "..", "main", "resources", "extract", "institutions.tsv")
LOG = os.path.join(HERE, "build.log")

TYPES = {"Institution", "Committee", "Lab"}
LEGAL_SUFFIXES = ["（特殊普通合伙）", "股份有限公司", "有限责任公司", "有限公司", "股份公司"]
# Two-character forms are allowed only if listed here: conventional abbreviations that,
# in Chinese financial news, mean this one institution.
ALLOWED_2 = set("""
央行 人行 口行 工行 农行 中行 建行 交行 招行 浦发 邮储 国寿 中金 国君
华为 腾讯 百度 京东 阿里 美团 网易 讯飞 用友 东软 东财 金蝶 商汤 陆控
汇付 易宝 宝付 穆迪 标普 惠誉 德勤 安永 立信 天健 致同 容诚 银联 网联
北大 清华 复旦 浙大 川大 南开 天大 武大 吉大 同济 厦大 兰大 北航 北邮 北外 上外 郑大 苏大
央财 上财 西财 贸大 西电 港大 中建 中车 国航 东航 南航 国网 南网 鞍钢 中粮 国办 亚行
""".split())
# Ordinary words or names shared by several institutions: never a short form.
BANNED = set("""
平安 中信 光大 华夏 民生 兴业 国泰 长江 东方 中国 人民 招商 华泰 广发 国信 海通 申万 银河 长城
太平 太平洋 大地 阳光 泰康 华安 国元 东北 西南 西部 中原 华西 国海 财通 方正 东吴 东兴 中航 中银
建信 工银 农银 交银 国投 华润 保利 快钱 小米 字节 中兴 蚂蚁 人大 华融 国联 中欧 太阳能 前海 新华
中国医药 中国化学 中国铝业 中国重工 中国动力 中国海防 中国卫星 中国核电 中国稀土 中国长城 中国船舶
中国软件 中国烟草 中国节能 中国矿产 中国电子 中国黄金 中国建材 中国物流 中国旅游
祁连山 新大陆 东财
""".split())
PAREN = str.maketrans({"(": "（", ")": "）"})


def ticker_prefix(code):
    if code[0] == "6":
        return "sh"
    if code[0] in "03":
        return "sz"
    if code[0] in "489":
        return "bj"
    raise ValueError(code)


def auto_form(name):
    base = name
    for suf in LEGAL_SUFFIXES:
        if base.endswith(suf):
            base = base[: -len(suf)]
            break
    else:
        return None
    if base.endswith("（集团）"):
        base = base[: -len("（集团）")]
    if "（" in base:
        return None
    if base.endswith("基金管理"):
        base = base[: -2]
    if len(base) < 3 or base == name:
        return None
    return base


def load_sources():
    src = OrderedDict()
    with open(SOURCES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            sid, desc = line.split("\t", 1)
            src[sid] = desc
    return src


def main(out_path):
    sources = load_sources()
    log = []
    rows = []
    seen = {}
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        cur = {"source": None, "category": None, "type": "Institution"}
        with open(os.path.join(SRC, fn), encoding="utf-8") as f:
            for ln, raw in enumerate(f, 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                if line.startswith("@"):
                    key, val = line[1:].split(None, 1)
                    cur[key] = val.strip()
                    continue
                parts = [p.strip() for p in line.split("|")]
                parts += [""] * (5 - len(parts))
                name, shorts, ticker, cat, typ = parts[:5]
                name = name.translate(PAREN)
                where = "%s:%d" % (fn, ln)
                if name in seen:
                    log.append("DUPLICATE NAME %s at %s (first at %s) - skipped" % (name, where, seen[name]))
                    continue
                seen[name] = where
                cat = cat or cur["category"]
                typ = typ or cur["type"]
                src = cur["source"]
                assert typ in TYPES, (where, typ)
                assert src in sources, (where, src)
                assert cat and re.fullmatch(r"[a-z][a-z-]*", cat), (where, cat)
                if ticker:
                    if re.fullmatch(r"\d{6}", ticker):
                        ticker = ticker_prefix(ticker) + ticker
                    assert re.fullmatch(r"(sh|sz|bj)\d{6}", ticker), (where, ticker)
                    if ticker_prefix(ticker[2:]) != ticker[:2]:
                        log.append("TICKER PREFIX MISMATCH %s %s at %s" % (name, ticker, where))
                forms, prio = [], set()
                no_auto = False
                for s in [x.strip() for x in shorts.split(",") if x.strip()]:
                    if s == "!":
                        no_auto = True
                        continue
                    if s.startswith("^"):
                        s = s[1:]
                        prio.add(s)
                    forms.append(s.translate(PAREN))
                a = None if no_auto else auto_form(name)
                if a:
                    forms.insert(0, a)
                clean = []
                for s in forms:
                    if s == name or s in clean:
                        continue
                    if s in BANNED:
                        log.append("BANNED form %s dropped from %s" % (s, name))
                        continue
                    if len(s) < 2 or (len(s) == 2 and s not in ALLOWED_2):
                        log.append("2-CHAR form %s (not in allowlist) dropped from %s" % (s, name))
                        continue
                    clean.append(s)
                rows.append({"name": name, "type": typ, "category": cat, "shorts": clean,
                             "prio": prio, "ticker": ticker, "source": src, "where": where})

    # Resolve short forms claimed by more than one row, or equal to another row's name.
    names = {r["name"] for r in rows}
    claims = defaultdict(list)
    for i, r in enumerate(rows):
        for s in r["shorts"]:
            claims[s].append(i)
    for s, idx in sorted(claims.items()):
        if s in names:
            for i in idx:
                rows[i]["shorts"].remove(s)
            log.append("SHORT=NAME form %s is the name of another row; dropped from %s"
                       % (s, ", ".join(rows[i]["name"] for i in idx)))
            continue
        if len(idx) < 2:
            continue
        keep = [i for i in idx if s in rows[i]["prio"]]
        keep = keep[0] if len(keep) == 1 else None
        dropped = []
        for i in idx:
            if i != keep:
                rows[i]["shorts"].remove(s)
                dropped.append(rows[i]["name"])
        log.append("SHARED form %s: kept on %s, dropped from %s"
                   % (s, rows[keep]["name"] if keep is not None else "(none)", ", ".join(dropped)))

    used = OrderedDict((sid, 0) for sid in sources)
    for r in rows:
        used[r["source"]] += 1
    unused = [sid for sid, n in used.items() if n == 0]
    assert not unused, unused

    by_cat = OrderedDict()
    for r in rows:
        by_cat[r["category"]] = by_cat.get(r["category"], 0) + 1
    ntick = sum(1 for r in rows if r["ticker"])

    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# institutions.tsv — institutions of the Chinese financial sector and the bodies around it, "
                "by their full names and the short forms news uses.\n")
        f.write("# Generated by institutions/build_institutions.py from institutions/src/*.txt; do not edit by hand. "
                "See institutions-README.md.\n")
        f.write("# Rows: %d; with an A-share ticker: %d.\n" % (len(rows), ntick))
        f.write("# Sources (the `source` column refers to these ids; rows per source in brackets):\n")
        for sid, desc in sources.items():
            f.write("#   %-22s [%d] %s\n" % (sid, used[sid], desc))
        f.write("# Columns: name, type (Institution | Committee | Lab), category, short_forms (|-separated; "
                "no form is shared by two rows), ticker (Sina form sh/sz/bj + 6 digits, A-share only), source\n")
        f.write("name\ttype\tcategory\tshort_forms\tticker\tsource\n")
        for r in rows:
            f.write("\t".join([r["name"], r["type"], r["category"], "|".join(r["shorts"]),
                               r["ticker"], r["source"]]) + "\n")

    with open(LOG, "w", encoding="utf-8") as f:
        f.write("\n".join(log) + "\n")

    print("wrote %s: %d rows (%d with ticker); %d log lines in %s"
          % (out_path, len(rows), ntick, len(log), LOG))
    print("by category:")
    for c, n in sorted(by_cat.items(), key=lambda x: -x[1]):
        print("  %-24s %d" % (c, n))
    print("by source:")
    for sid, n in used.items():
        print("  %-24s %d" % (sid, n))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
