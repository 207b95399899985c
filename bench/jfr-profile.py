#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go (jdk.ExecutionSample, Java code only).

    bench/jfr-profile.py target/throughput/pipeline.jfr [--after SECONDS]

Prints the share of samples per thread group, the top methods by self samples, and the
inclusive share of the stages of the pipeline (a sample counts for every stage on its
stack, the innermost first match decides the 'stage' column). --after skips the first
SECONDS of the recording (start-up and warm-up).
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
after = float(sys.argv[sys.argv.index("--after") + 1]) if "--after" in sys.argv else 0.0
text = subprocess.run(["jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
                      capture_output=True, text=True, check=True).stdout

# Inclusive stages, matched against frames (class.method), innermost match wins for 'stage'.
STAGES = [
    ("normalize: ArticleNormalizer", r"com\.example\.articles\.normalize\.ArticleNormalizer\."),
    ("JSON serde of pipeline messages", r"com\.example\.articles\.pipeline\.JsonSerde"),
    ("dedupe processor", r"com\.example\.articles\.pipeline\.ArticleDedupeProcessor\."),
    ("fingerprint index processor", r"com\.example\.articles\.pipeline\.FingerprintIndexProcessor\."),
    ("RocksDB", r"org\.rocksdb\."),
    ("state store caching/changelog", r"org\.apache\.kafka\.streams\.state\.internals\."),
    ("producer send / record collector", r"org\.apache\.kafka\.streams\.processor\.internals\.RecordCollectorImpl\.send|KafkaProducer\.send"),
    ("transaction commit", r"TaskExecutor\.commit|StreamsProducer\.commitTransaction|TaskManager\.commit"),
    ("consumer poll / fetch", r"KafkaConsumer\.poll|ClassicKafkaConsumer\.poll|AsyncKafkaConsumer\.poll|Fetcher|CompletedFetch"),
    ("record deserialization (source)", r"RecordDeserializer\.deserialize|SourceNode\.deserialize"),
    ("Kafka network I/O", r"org\.apache\.kafka\.common\.network\."),
    ("Kafka Streams other", r"org\.apache\.kafka\.streams\."),
    ("Kafka clients other", r"org\.apache\.kafka\.clients\."),
]

samples = []
for block in text.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r"startTime = (\d+):(\d+):(\d+)\.(\d+)", block)
    t = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + int(m.group(4)) / 1000
    thread = re.search(r'sampledThread = "([^"]*)"', block).group(1)
    frames = re.findall(r"^\s{4}(\S[^(]*)\(", block, re.M)
    samples.append((t, thread, frames))
if not samples:
    sys.exit("no samples")
t0 = samples[0][0]
samples = [s for s in samples if s[0] - t0 >= after]
n = len(samples)
print(f"{n} samples after {after:.0f} s")

def group(thread):
    if "StreamThread" in thread:
        return "stream thread"
    if "producer" in thread:
        return "producer network thread"
    if "consumer" in thread.lower() or "heartbeat" in thread.lower():
        return "consumer background"
    return "other: " + re.sub(r"[-\d]+$", "", thread)

print("\nBy thread:")
for g, c in collections.Counter(group(s[1]) for s in samples).most_common(8):
    print(f"  {100 * c / n:5.1f}%  {g}")

print("\nInclusive by stage (all threads):")
inclusive = collections.Counter()
for _, _, frames in samples:
    for name, pattern in STAGES:
        if any(re.search(pattern, f) for f in frames):
            inclusive[name] += 1
for name, _ in STAGES:
    print(f"  {100 * inclusive[name] / n:5.1f}%  {name}")

print("\nTop self methods:")
for f, c in collections.Counter(s[2][0] if s[2] else "?" for s in samples).most_common(25):
    print(f"  {100 * c / n:5.1f}%  {f}")
