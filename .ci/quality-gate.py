#!/usr/bin/env python3
"""Quality gate: runs the built jar on the seeds and the development sets beside the clone
(../shared), scores each with the project's scoring tools and fails when a figure falls below its
floor in .ci/quality-floors.tsv (set a little under what the extraction reaches, so that it cannot
drift down unnoticed). Prints every figure with its floor.

usage: .ci/quality-gate.py [JAR] [KEEP]   (default app/target/briefing.jar; KEEP: a folder to leave
the packs in, one per set, for reading the misses with the tools' --notes)"""
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))
TOOLS = os.path.join(SHARED, 'tools')
CORPUS = os.path.join(SHARED, 'corpus')

# set -> (input folder, [(scoring tool, expected file, output file)])
SETS = {
    'seeds': (os.path.join(SHARED, 'seeds'),
              [('score.py', os.path.join(SHARED, 'examples', 'seeds.expected.json'), 'summaries.jsonl')]),
    'geowebnews-dev': (os.path.join(CORPUS, 'geowebnews-dev', 'articles'),
                       [('score.py', os.path.join(CORPUS, 'geowebnews-dev', 'expected.jsonl'), 'summaries.jsonl')]),
    'diplomacy-dev': (os.path.join(CORPUS, 'diplomacy-dev', 'articles'),
                      [('score.py', os.path.join(CORPUS, 'diplomacy-dev', 'expected.jsonl'), 'summaries.jsonl'),
                       ('score_stories.py', os.path.join(CORPUS, 'diplomacy-dev', 'stories.expected.json'),
                        'stories.jsonl'),
                       ('score_corroboration.py', os.path.join(CORPUS, 'diplomacy-dev', 'corroboration.expected.json'),
                        'stories.jsonl')]),
    'polnear-dev': (os.path.join(CORPUS, 'polnear', 'dev', 'articles'),
                    [('score_attributions.py', os.path.join(CORPUS, 'polnear', 'dev', 'expected.jsonl'),
                      'summaries.jsonl')]),
}

SCORE_LINE = re.compile(r'^score (.*)$', re.M)


def floors():
    table = {}
    with open(os.path.join(ROOT, '.ci', 'quality-floors.tsv'), encoding='utf-8') as lines:
        for line in lines:
            if line.strip() and not line.startswith('#'):
                name, metric, floor = line.rstrip('\n').split('\t')
                table[(name, metric)] = float(floor)
    return table


def brief(jar, name, folder, out):
    target = os.path.join(out, name)
    log = os.path.join(out, name + '.log')
    with open(log, 'w', encoding='utf-8') as sink:
        code = subprocess.call(['java', '-jar', jar, 'run', '--input', folder, '--output', target,
                                '--db', os.path.join(out, name + '-db', 'briefing')], stdout=sink, stderr=sink)
    if code != 0:
        with open(log, encoding='utf-8', errors='replace') as failed:
            tail = failed.read()[-2000:]
        raise RuntimeError(f'the run on {name} ended with exit code {code}:\n{tail}')
    return target


def figures(name, target, scorers):
    found = {}
    for tool, expected, output in scorers:
        result = subprocess.run([sys.executable, os.path.join(TOOLS, tool), expected, os.path.join(target, output)],
                                capture_output=True, text=True, check=True)
        match = SCORE_LINE.findall(result.stdout)
        if not match:
            raise RuntimeError(f'{tool} printed no score line for {name}:\n{result.stdout}{result.stderr}')
        for pair in match[-1].split():
            metric, value = pair.split('=')
            found[metric] = float(value)
    return found


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'app', 'target', 'briefing.jar')
    table = floors()
    keep = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory(prefix='briefing-quality-') as temporary:
        out = keep or temporary
        os.makedirs(out, exist_ok=True)
        for name in SETS:
            if os.path.exists(os.path.join(out, name + '-db')):
                raise RuntimeError(f'{out} holds an earlier pack for {name}; give an empty folder')
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            runs = {name: pool.submit(brief, jar, name, folder, out) for name, (folder, _) in SETS.items()}
            reached = {name: figures(name, runs[name].result(), SETS[name][1]) for name in SETS}
    failed = []
    for (name, metric), floor in sorted(table.items()):
        value = reached.get(name, {}).get(metric)
        verdict = 'ok' if value is not None and value >= floor else 'BELOW'
        shown = f'{value:7.3f}' if value is not None else 'missing'
        print(f'quality gate: {name:15} {metric:25} {shown} (floor {floor:.3f}) {verdict}')
        if verdict != 'ok':
            failed.append(f'{name} {metric}')
    if failed:
        print('quality gate: below the floor: ' + ', '.join(failed), file=sys.stderr)
        return 1
    print('quality gate: every figure at or above its floor')
    return 0


if __name__ == '__main__':
    sys.exit(main())
