#!/usr/bin/env bash
# Re-runs the side-by-side comparison of docs/benchmarks.md: builds the application and
# target/benchmarks.jar, runs the JMH suite (time and allocation per page), scores ours and
# both peers on scrapinghub-dev, and prints the table rows in Markdown.
#
#   bench/run-benchmarks.sh            # full run, ~5 min on 2 quiet cores
#   JMH_ARGS="-wi 1 -i 2" bench/run-benchmarks.sh   # extra JMH options, e.g. a quicker run
#
# Needs ../shared (the corpus and the score tool) next to the project, python3 and a JDK 17.
# Everything it writes goes to target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/scrapinghub-dev}
SCORE=../shared/tools/score-extraction
OUT=target/bench
PEER="java -cp target/benchmarks.jar com.example.articles.bench.PeerNormalizeCommand"

./mvnw -q -B -Pbenchmarks package -DskipTests
mkdir -p "$OUT"

# Other builds on the machine distort the timings: the load average is recorded around the run.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086
java -jar target/benchmarks.jar -p corpus="$CORPUS" -prof gc -prof com.example.articles.bench.CpuTimeProfiler -rf json -rff "$OUT/jmh-result.json" \
	${JMH_ARGS:-} > "$OUT/jmh.log" 2>&1 || { tail -40 "$OUT/jmh.log"; exit 1; }
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
sed -n '/^Benchmark /,$p' "$OUT/jmh.log" | grep -v ':gc\.\(count\|time\|alloc\.rate\) \|:cpu\.process'

# Ratios to Jsoup.parse taken round by round, robust to the load of other processes.
java -Xms2g -Xmx2g -cp target/benchmarks.jar com.example.articles.bench.InterleavedRatioCommand "$CORPUS" \
	2> "$OUT/ratio.err" | tee "$OUT/ratio.txt"

NORMALIZE_CMD="java -jar target/article-ingestion.jar normalize" "$SCORE" scrapinghub-dev | tee "$OUT/score-ours.txt"
NORMALIZE_CMD="$PEER readability4j" "$SCORE" scrapinghub-dev | tee "$OUT/score-readability4j.txt"
NORMALIZE_CMD="$PEER boilerpipe" "$SCORE" scrapinghub-dev | tee "$OUT/score-boilerpipe.txt"

echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -2 | tail -1); $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
echo "Load average (1, 5, 15 min) before JMH: $LOAD_BEFORE; after: $LOAD_AFTER"
if awk -v l="${LOAD_BEFORE%% *}" -v a="${LOAD_AFTER%% *}" -v n="$(nproc)" 'BEGIN { exit !(l >= 1 || a >= n) }'; then
	echo "Other processes used the cores during the run: trust the CPU columns and the interleaved ratios more than wall-clock times."
fi
python3 - "$OUT" <<'PY'
import json, re, sys
out = sys.argv[1]
jmh = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(f"{out}/jmh-result.json"))}

def score(name):
    if name is None:
        return "n/a", "n/a", "n/a"
    m = re.search(r"F1 ([\d.]+) P ([\d.]+) R ([\d.]+)", open(f"{out}/score-{name}.txt").read())
    return m.groups() if m else ("?", "?", "?")

rows = [("Jsoup.parse (floor)", "jsoupParse", None),
        ("ours: HtmlArticleExtractor.extract", "ourExtract", None),
        ("ours: ArticleNormalizer.normalize (whole)", "ourNormalize", "ours"),
        ("Readability4J 1.0.8", "readability4j", "readability4j"),
        ("boilerpipe 1.2.2 ArticleExtractor", "boilerpipe", "boilerpipe")]
def cpu_of(r):
    return r.get("secondaryMetrics", {}).get("cpu.worker.norm", {}).get("score") if r else None

floor = jmh["jsoupParse"]["primaryMetric"]["score"] if "jsoupParse" in jmh else None
cpu_floor = cpu_of(jmh.get("jsoupParse"))
print("| extractor | wall ms per page (± 99.9% CI) | CPU ms per page | x Jsoup.parse (wall / CPU) | alloc per page (KB) | F1 | P | R |")
print("|---|---|---|---|---|---|---|---|")
for label, bench, scored in rows:
    r = jmh.get(bench)
    if r is None:
        continue
    t = r["primaryMetric"]
    secondary = r.get("secondaryMetrics", {})
    alloc = secondary.get("gc.alloc.rate.norm", {}).get("score")
    cpu = cpu_of(r)
    cpu_ms = f"{cpu:.3f}" if cpu is not None else "?"
    cpu_ratio = f"{cpu / cpu_floor:.2f}" if cpu is not None and cpu_floor else "?"
    ratio = f"{t['score'] / floor:.2f}" if floor else "?"
    alloc_kb = f"{alloc / 1024:,.0f}" if alloc is not None else "?"
    f1, p, rc = score(scored)
    print(f"| {label} | {t['score']:.3f} ± {t['scoreError']:.3f} | {cpu_ms} | {ratio} / {cpu_ratio} | {alloc_kb} | {f1} | {p} | {rc} |")
PY
