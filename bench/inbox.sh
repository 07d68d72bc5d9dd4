# Sourced by the benchmarks: the repository, the corpus, the jar and the java they use, and the
# generator of their inboxes. Environment: BRIEFING_CORPUS (source articles, default
# ../shared/corpus/bbc-politics), JAVA_HOME (a JDK 21+, else the java on the PATH).

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${BRIEFING_CORPUS:-$repo/../shared/corpus/bbc-politics}"
jar="$repo/app/target/briefing.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
[ -f "$jar" ] || (cd "$repo" && ./mvnw -q -B package -DskipTests)

# Each generated article is a source article with its paragraphs in a different order, a numbered
# edition line and the edition in its title: same language, different content, so none is a duplicate.
generate() {
    local size=$1 dir=$2
    rm -rf "$dir" && mkdir -p "$dir"
    python3 - "$corpus" "$dir" "$size" <<'PY'
import pathlib, random, sys
corpus, out, size = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sources = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
for n in range(size):
    source = sources[n % len(sources)]
    edition = n // len(sources)
    lines = source.read_text(encoding="utf-8", errors="replace").strip().split("\n\n")
    title, body = lines[0], lines[1:]
    random.Random(n).shuffle(body)
    text = f"{title} (edition {edition + 1})\n\n" + "\n\n".join(body) + f"\n\nEdition {edition + 1} of this report, item {n + 1}.\n"
    (out / f"article-{n:06d}.txt").write_text(text, encoding="utf-8")
PY
}
