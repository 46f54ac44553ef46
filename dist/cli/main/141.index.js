export const id = 141;
export const ids = [141];
export const modules = {

/***/ 6141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_COMMITS: () => (/* binding */ DEFAULT_MAX_COMMITS),
  HISTORY_HELP: () => (/* binding */ HISTORY_HELP),
  buildHistoryTimeline: () => (/* binding */ buildHistoryTimeline),
  runHistory: () => (/* binding */ runHistory),
  shallowNote: () => (/* binding */ shallowNote)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/load-config.ts + 1 modules
var load_config = __webpack_require__(6001);
// EXTERNAL MODULE: ./src/engine/custom-rules.ts
var custom_rules = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/load-rules.ts
var load_rules = __webpack_require__(9162);
// EXTERNAL MODULE: ./src/engine/usage-error.ts
var usage_error = __webpack_require__(8582);
// EXTERNAL MODULE: ./src/engine/validation.ts
var validation = __webpack_require__(3779);
// EXTERNAL MODULE: ./src/repo/run-git.ts + 1 modules
var run_git = __webpack_require__(7982);
// EXTERNAL MODULE: ./src/repo/skipped-folders.ts
var skipped_folders = __webpack_require__(9520);
;// CONCATENATED MODULE: ./src/history/git-history.ts
// The first-parent history of a repository from two git processes: `git log --raw` for every commit's
// changes and `git ls-tree` for the oldest commit's files. Paths are relative to the scanned folder.



const REGULAR_FILE_MODES = new Set(['100644', '100755']);
// An ISO 8601 date, or a date and time with an optional zone: all `--since` takes.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Whether `--since` is a date git reads as the user means it (git accepts "yesterday" and worse). */
function isIsoDate(text) {
    return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text.replace(' ', 'T')));
}
/**
 * `--since` as git should read it: git fills a bare date's time of day with the current one, so a date
 * is midnight, and a time without a zone UTC, as the chart's days are.
 */
function sinceForGit(since) {
    const isoLike = since.replace(' ', 'T');
    if (!isoLike.includes('T'))
        return `${isoLike}T00:00:00Z`;
    return /(?:Z|[+-]\d{2}:?\d{2})$/.test(isoLike) ? isoLike : `${isoLike}Z`;
}
/**
 * The last `maxCommits` first-parent commits of HEAD (committed since `since`, when given) in `root`, a
 * folder of a work tree or a bare repository. Throws UsageError when `root` has no readable history.
 */
function readHistory(root, maxCommits, since) {
    const head = (0,run_git/* runGit */.EO)(root, ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}']);
    const [shallowLine, headSha] = head.stdout.toString('utf8').trim().split('\n');
    if (head.status !== 0 || headSha === undefined) {
        throw new usage_error/* UsageError */.e(`${root}: not a git repository with a commit (git rev-parse HEAD failed). Pass the folder of a git clone.`);
    }
    const log = (0,run_git/* runGit */.EO)(root, [
        'log',
        '--first-parent',
        // With --first-parent, a merge's changes are against its first parent: what it brought to the branch.
        '-m',
        '--raw',
        '-z',
        '--no-abbrev',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        '--no-color',
        '--format=%x01%H %P%x02%cI%x02%s',
        `--max-count=${maxCommits}`,
        ...(since === undefined ? [] : [`--since=${sinceForGit(since)}`]),
        '--end-of-options',
        headSha,
    ]);
    if (log.status !== 0)
        throw new Error(`git log failed: ${firstLine(log.stderr)}`);
    const commits = parseLog(log.stdout.toString('utf8')).reverse();
    const oldest = commits[0];
    return {
        commits,
        baseline: oldest ? readTree(root, oldest.sha) : new Map(),
        isShallow: shallowLine === 'true',
    };
}
/**
 * Commits from `git log -z --raw` with the format above: `\x01<sha> <parents>\x02<date>\x02<subject>\0`,
 * then `:<mode> <mode> <blob> <blob> <status>\0<path>\0` records. The subject is read up to its NUL, so
 * whatever it holds cannot pass for a record.
 */
function parseLog(text) {
    const commits = [];
    let at = 0;
    while (at < text.length) {
        const start = text.indexOf('\x01', at);
        if (start === -1)
            break;
        const headerEnd = text.indexOf('\0', start);
        const header = text.slice(start + 1, headerEnd === -1 ? text.length : headerEnd);
        const [ids = '', date = '', ...subject] = header.split('\x02');
        const [sha = '', ...parents] = ids.trim().split(' ').filter(Boolean);
        const commit = { sha, date, subject: subject.join('\x02'), parents, changes: [] };
        commits.push(commit);
        at = headerEnd === -1 ? text.length : headerEnd + 1;
        if (text[at] === '\n')
            at += 1;
        while (text[at] === ':') {
            const recordEnd = text.indexOf('\0', at);
            const pathEnd = recordEnd === -1 ? -1 : text.indexOf('\0', recordEnd + 1);
            if (pathEnd === -1)
                return commits;
            const [, dstMode = '', , dstBlob = ''] = text.slice(at + 1, recordEnd).split(' ');
            const path = text.slice(recordEnd + 1, pathEnd);
            if (!(0,skipped_folders/* isInSkippedFolder */.U6)(path)) {
                commit.changes.push({ path, blobId: REGULAR_FILE_MODES.has(dstMode) ? dstBlob : undefined });
            }
            at = pathEnd + 1;
        }
    }
    return commits;
}
/** A commit's regular files under the current folder, by path, from one `git ls-tree`. */
function readTree(root, sha) {
    const listing = (0,run_git/* runGit */.EO)(root, ['ls-tree', '-r', '-z', '--end-of-options', sha]);
    if (listing.status !== 0)
        throw new Error(`git ls-tree failed: ${firstLine(listing.stderr)}`);
    // `<mode> <type> <object>\t<path>` records; symlinks and submodules are not files to read.
    const files = new Map();
    for (const record of listing.stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1)
            continue;
        const [mode = '', type, blobId = ''] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (type === 'blob' && REGULAR_FILE_MODES.has(mode) && !(0,skipped_folders/* isInSkippedFolder */.U6)(path))
            files.set(path, blobId);
    }
    return files;
}
function firstLine(bytes) {
    return bytes.toString('utf8').trim().split('\n')[0] ?? '';
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/history/render-history.ts
// The timeline as Markdown (a Mermaid chart GitHub draws itself, and the practices adopted and lost) or JSON.

const HISTORY_SCHEMA_VERSION = 1;
function renderHistoryMarkdown(timeline) {
    const { first, last } = timeline;
    const lines = ['## MLOps maturity over time', ''];
    if (timeline.note)
        lines.push(`> ${plain(timeline.note)}`, '');
    if (!first || !last) {
        lines.push('_No commits to score._', '');
        return `${lines.join('\n')}\n`;
    }
    lines.push(`${timeline.commits} ${timeline.commits === 1 ? 'commit' : 'commits'}, from ${commitRef(first.sha, first.date)} to ${commitRef(last.sha, last.date)}: score ${scoreText(first.score)} → ${scoreText(last.score)}, phase ${first.phase} (${plain(first.phaseName)}) → ${last.phase} (${plain(last.phaseName)}).`, '');
    if (timeline.chart.length > 0)
        lines.push(...mermaidChart(timeline.chart), '');
    if (timeline.inPlaceAtStart.length > 0) {
        const practices = timeline.inPlaceAtStart.map((practice) => (0,report_escape/* codeSpan */.SS)(practice.id)).join(', ');
        lines.push(`In place at ${(0,report_escape/* codeSpan */.SS)(first.sha.slice(0, 7))}: ${practices}.`, '');
    }
    if (timeline.events.length === 0) {
        lines.push('_No practice was adopted or lost in these commits._', '');
    }
    else {
        lines.push('| Date | Commit | Practice | Change | File | Subject |', '|---|---|---|---|---|---|', ...timeline.events.map(eventRow), '');
    }
    return `${lines.join('\n')}\n`;
}
function renderHistoryJson(timeline) {
    const { first, last } = timeline;
    const summary = (point) => point && {
        sha: point.sha,
        date: point.date,
        score: point.score,
        phase: point.phase,
        phaseName: point.phaseName,
    };
    return `${JSON.stringify({
        schemaVersion: HISTORY_SCHEMA_VERSION,
        commits: timeline.commits,
        commitsAssessed: timeline.commitsAssessed,
        first: summary(first) ?? null,
        last: summary(last) ?? null,
        note: timeline.note ?? null,
        inPlaceAtStart: timeline.inPlaceAtStart.map(({ id }) => id),
        events: timeline.events.map((event) => ({ ...event, path: event.path ?? null })),
        chart: timeline.chart,
    }, null, 2)}\n`;
}
/**
 * A Mermaid `xychart-beta` of the score by day. Labels are made here from dates and values are whole
 * numbers: anything else is left out, so no text from the repository reaches the diagram.
 */
function mermaidChart(chart) {
    const points = chart.filter(({ day, score }) => /^\d{4}(?:-\d{2}){0,2}$/.test(day) && Number.isInteger(score) && score >= 0 && score <= 100);
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Maturity score"',
        `  x-axis [${points.map(({ day }) => `"${day}"`).join(', ')}]`,
        '  y-axis "Score" 0 --> 100',
        `  line [${points.map(({ score }) => String(score)).join(', ')}]`,
        '```',
    ];
}
const CHANGE_LABELS = {
    adopted: '✅ adopted',
    lost: '❌ lost',
    'ml-project': '🔬 ML library or tool appears',
};
function eventRow(event) {
    const tools = event.toolNames.length > 0 ? ` (${plain(event.toolNames.join(', '))})` : '';
    const id = event.practice === '' ? '' : ` ${cellCode(event.practice)}`;
    const file = event.path === undefined ? '—' : cellCode(event.path);
    return `| ${event.date.slice(0, 10)} | ${cellCode(event.sha.slice(0, 7))} | ${plain(event.title)}${tools}${id} | ${CHANGE_LABELS[event.change]} | ${file} | ${plain(event.subject)} |`;
}
function commitRef(sha, date) {
    return `${(0,report_escape/* codeSpan */.SS)(sha.slice(0, 7))} (${plain(date.slice(0, 10))})`;
}
function scoreText(score) {
    return score === null ? '—' : String(score);
}
/**
 * Text from the repository (a subject, a path) on one line of Markdown: control characters (a lone
 * carriage return, an escape sequence) become spaces, then Markdown and HTML are escaped. A line of it can
 * then never start a workflow command (`::error::`) in a log either.
 */
function plain(text) {
    return (0,report_escape/* escapeMarkdown */.FV)(withoutControls(text));
}
/** A code span inside a table cell, where `|` would end the cell. */
function cellCode(text) {
    return (0,report_escape/* codeSpan */.SS)(withoutControls(text)).replaceAll('|', '\\|');
}
function withoutControls(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

// EXTERNAL MODULE: ./src/engine/evaluate.ts + 4 modules
var evaluate = __webpack_require__(4717);
// EXTERNAL MODULE: ./src/engine/extraction-context.ts
var extraction_context = __webpack_require__(2180);
// EXTERNAL MODULE: ./src/engine/fact-index.ts
var fact_index = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/engine/path-globs.ts
var path_globs = __webpack_require__(5021);
// EXTERNAL MODULE: ./src/engine/test-paths.ts
var test_paths = __webpack_require__(6613);
// EXTERNAL MODULE: ./src/pipeline/claims.ts
var claims = __webpack_require__(8969);
// EXTERNAL MODULE: ./src/pipeline/extract-file.ts
var extract_file = __webpack_require__(5906);
// EXTERNAL MODULE: ./src/pipeline/file-outcomes.ts
var file_outcomes = __webpack_require__(842);
// EXTERNAL MODULE: ./src/repo/file-reader.ts
var file_reader = __webpack_require__(7426);
// EXTERNAL MODULE: ./src/scan.ts + 15 modules
var scan = __webpack_require__(6661);
;// CONCATENATED MODULE: ./src/history/blob-batch.ts


const CHUNK_BYTES = 64 * 1024 * 1024;
/**
 * Calls `visit(blobId, read)` once per requested blob, in chunks: a blob over its cap gives `too-large`,
 * one git cannot read (missing from a partial clone, say) `unreadable`.
 */
function readBlobs(root, requests, visit) {
    if (requests.length === 0)
        return;
    const sizes = sizeBlobs(root, requests.map(({ blobId }) => blobId));
    let chunk = [];
    let chunkBytes = 0;
    const flush = () => {
        if (chunk.length > 0)
            fetchChunk(root, chunk, visit);
        chunk = [];
        chunkBytes = 0;
    };
    for (const { blobId, maxBytes } of requests) {
        const size = sizes.get(blobId);
        if (size === undefined)
            visit(blobId, { status: 'skipped', reason: 'unreadable', message: 'not in the clone' });
        else if (size > maxBytes)
            visit(blobId, { status: 'skipped', reason: 'too-large' });
        else {
            chunk.push(blobId);
            chunkBytes += size;
            if (chunkBytes >= CHUNK_BYTES)
                flush();
        }
    }
    flush();
}
/** Each blob's size from one `git cat-file --batch-check`; missing blobs are left out. */
function sizeBlobs(root, blobIds) {
    const sizes = new Map();
    const result = (0,run_git/* runGit */.EO)(root, ['cat-file', '--batch-check'], `${blobIds.join('\n')}\n`);
    if (result.status !== 0)
        return sizes;
    // One `<object> <type> <size>` (or `<object> missing`) line per requested id, in order.
    result.stdout
        .toString('latin1')
        .split('\n')
        .forEach((line, index) => {
        const [, type, size] = line.split(' ');
        const blobId = blobIds[index];
        if (type === 'blob' && size !== undefined && blobId !== undefined)
            sizes.set(blobId, Number(size));
    });
    return sizes;
}
function fetchChunk(root, blobIds, visit) {
    const result = (0,run_git/* runGit */.EO)(root, ['cat-file', '--batch'], `${blobIds.join('\n')}\n`);
    const output = result.status === 0 ? result.stdout : Buffer.alloc(0);
    let offset = 0;
    for (const blobId of blobIds) {
        const headerEnd = output.indexOf(0x0a, offset);
        const [, type, size] = headerEnd === -1 ? [] : output.subarray(offset, headerEnd).toString('latin1').split(' ');
        if (headerEnd === -1 || type !== 'blob' || size === undefined) {
            visit(blobId, { status: 'skipped', reason: 'unreadable', message: 'git cat-file failed' });
            if (headerEnd !== -1)
                offset = headerEnd + 1;
            continue;
        }
        const start = headerEnd + 1;
        const end = start + Number(size);
        visit(blobId, (0,file_reader/* classifyBytes */.E)(output.subarray(start, end)));
        offset = end + 1;
    }
}

;// CONCATENATED MODULE: ./src/history/score-history.ts












function scoreHistory(root, history, ruleSet, config) {
    const context = (0,extraction_context/* extractionContextOf */.y)(ruleSet);
    const outcomes = extractAll(root, history, (source, path) => {
        const extractors = (0,claims/* claimsOf */.d)(path);
        return (0,extract_file/* extractFile */.AD)(source, { path, extractors }, context);
    });
    const isPathSensitive = pathSensitivityOf(ruleSet, config);
    const signatureOf = signatureMaker(context.modules, config.projects.length === 0);
    const files = new Map(history.baseline);
    let paths = [...files.keys()].sort();
    const outcomeOf = (path, blobId = files.get(path)) => blobId === undefined ? undefined : outcomes.get(outcomeKey(blobId, path));
    const includes = new IncludeReader(root, files);
    const assess = () => {
        const previous = new file_outcomes/* FileOutcomes */.c();
        previous.startListing(paths);
        paths.forEach((path, index) => {
            const outcome = outcomeOf(path);
            if (outcome !== undefined)
                previous.keepListed(index, outcome);
        });
        includes.paths = paths;
        // Every listed file's outcome is known: scan() reads none of them, only files they include.
        return (0,scan/* scan */.SQ)(root, {
            ruleSet,
            config,
            source: includes,
            reuse: { outcomes: previous, isUnchanged: () => true },
        });
    };
    const points = [];
    let commitsAssessed = 0;
    let last;
    history.commits.forEach((commit, index) => {
        let matters = index === 0;
        let isListingChanged = false;
        if (index > 0) {
            for (const { path, blobId } of commit.changes) {
                const before = files.get(path);
                if (before === blobId)
                    continue;
                if (before === undefined || blobId === undefined) {
                    isListingChanged = true;
                    matters ||= isPathSensitive(path) || signatureOf(outcomeOf(path, before ?? blobId)) !== '';
                }
                else if (!matters && (0,claims/* claimsOf */.d)(path).length > 0) {
                    matters = signatureOf(outcomeOf(path, before)) !== signatureOf(outcomeOf(path, blobId));
                }
                if (blobId === undefined)
                    files.delete(path);
                else
                    files.set(path, blobId);
            }
            if (isListingChanged)
                paths = [...files.keys()].sort();
        }
        const meta = {
            sha: commit.sha,
            date: commit.date,
            subject: commit.subject,
            changedPaths: changedPathsOf(commit, index),
        };
        if (matters || !last) {
            commitsAssessed += 1;
            last = { ...meta, ...pointOf(assess()) };
        }
        else {
            last = { ...last, ...meta };
        }
        points.push(last);
    });
    return { points, commitsAssessed, blobsRead: outcomes.size };
}
function changedPathsOf(commit, index) {
    return index === 0 ? [] : commit.changes.map(({ path }) => path);
}
function pointOf(report) {
    return {
        isMlProject: report.isMlProject,
        mlSignalPaths: [...new Set(report.mlSignals.map(({ path }) => path))],
        score: report.score,
        phase: report.phase.current,
        phaseName: report.phase.name,
        practices: report.practices.map((practice) => ({
            id: practice.id,
            title: practice.title,
            status: practice.status,
            toolNames: practice.toolNames,
            paths: [...new Set(practice.evidence.map(({ path }) => path))],
        })),
    };
}
/**
 * Reads and extracts every claimed file of the oldest commit and every claimed file any later commit
 * changed, each (path, blob) once, through one batch of git reads; returns the outcomes by outcomeKey().
 */
function extractAll(root, history, extract) {
    const pathsOfBlob = new Map();
    const maxBytesOfBlob = new Map();
    const want = (path, blobId) => {
        if (blobId === undefined)
            return;
        const extractors = (0,claims/* claimsOf */.d)(path);
        if (extractors.length === 0)
            return;
        const users = pathsOfBlob.get(blobId);
        if (users)
            users.add(path);
        else
            pathsOfBlob.set(blobId, new Set([path]));
        maxBytesOfBlob.set(blobId, Math.max(maxBytesOfBlob.get(blobId) ?? 0, (0,extract_file/* maxBytesOf */.v9)(extractors)));
    };
    for (const [path, blobId] of history.baseline)
        want(path, blobId);
    for (const commit of history.commits.slice(1)) {
        for (const { path, blobId } of commit.changes)
            want(path, blobId);
    }
    const outcomes = new Map();
    const requests = [...maxBytesOfBlob].map(([blobId, maxBytes]) => ({ blobId, maxBytes }));
    readBlobs(root, requests, (blobId, read) => {
        for (const path of pathsOfBlob.get(blobId) ?? []) {
            // One blob may be read under several paths with different caps.
            const source = {
                readRaw: (_path, maxBytes) => read.status === 'bytes' && read.bytes.length > maxBytes
                    ? { status: 'skipped', reason: 'too-large' }
                    : read,
            };
            outcomes.set(outcomeKey(blobId, path), extract(source, path));
        }
    });
    return outcomes;
}
function outcomeKey(blobId, path) {
    return `${blobId}\0${path}`;
}
/**
 * Whether adding or removing `path` can change a result even when it holds nothing: a path some rule
 * matches by name, a top-level package's `__init__.py` (it makes the package first-party), or any path
 * when the configuration names project folders (folders come and go with files).
 */
function pathSensitivityOf(ruleSet, config) {
    const isRulePath = (0,path_globs/* anyPathGlob */.sx)((0,evaluate/* compileRules */.nb)(ruleSet).flatMap(({ detectors }) => detectors.flatMap(({ pathGlobs }) => pathGlobs)));
    return (path) => {
        const baseName = path.slice(path.lastIndexOf('/') + 1);
        return config.projects.length > 0 || baseName === '__init__.py' || isRulePath(path, baseName);
    };
}
/**
 * What of an outcome can move a result, as text: two outcomes with the same signature give the same
 * statuses, score and evidence files. Left out: line and cell numbers (lines moving within a file);
 * imports and calls of modules no rule names (the extraction context's own test of what can matter);
 * and, unless projects are configured (each judged from its own folder), facts of test paths, which the
 * fact index never takes as evidence. Diagnostics are kept.
 */
function signatureMaker(modules, isTestPathFixed) {
    const canMatter = (fact) => {
        if (isTestPathFixed && (0,test_paths/* isTestPath */.M)(fact.path))
            return false;
        if (fact.kind === 'import')
            return modules.has((0,fact_index/* rootOf */.I5)(fact.module));
        if (fact.kind === 'call')
            return modules.has((0,fact_index/* rootOf */.I5)(fact.callee));
        return true;
    };
    const withoutPlaces = (key, value) => key === 'line' || key === 'cell' ? undefined : value;
    const isEmpty = ({ facts, diagnostics, includes }) => facts.length === 0 && diagnostics.length === 0 && (includes ?? []).length === 0;
    // `''` for an outcome that holds nothing that can matter, as for no file at all.
    return (outcome) => {
        if (outcome === undefined || outcome === null)
            return '';
        if (!('extractions' in outcome))
            return JSON.stringify(outcome, withoutPlaces);
        const kept = outcome.extractions.map((extraction) => ({
            ...extraction,
            facts: extraction.facts.filter(canMatter),
        }));
        return kept.every(isEmpty) ? '' : JSON.stringify(kept, withoutPlaces);
    };
}
/**
 * The commit being assessed as scan() sees it: its listing, and reads of files a listed file includes
 * (`-r base.txt` naming a file no extractor claims), the only files scan() still reads. Those are rare,
 * so each is read with its own git call, once per blob.
 */
class IncludeReader {
    root;
    files;
    paths = [];
    filesRead = 0;
    bytesRead = 0;
    blobs = new Map();
    constructor(root, files) {
        this.root = root;
        this.files = files;
    }
    readRaw(path, maxBytes) {
        const blobId = this.files.get(path);
        if (blobId === undefined)
            return { status: 'absent' };
        let read = this.blobs.get(blobId);
        if (!read) {
            const result = (0,run_git/* runGit */.EO)(this.root, ['cat-file', 'blob', blobId]);
            read =
                result.status === 0
                    ? (0,file_reader/* classifyBytes */.E)(result.stdout)
                    : { status: 'skipped', reason: 'unreadable', message: 'git cat-file failed' };
            this.blobs.set(blobId, read);
        }
        if (read.status === 'bytes' && read.bytes.length > maxBytes)
            return { status: 'skipped', reason: 'too-large' };
        this.filesRead += 1;
        return read;
    }
}

;// CONCATENATED MODULE: ./src/history/timeline.ts
function buildTimeline(scored, options) {
    const { points } = scored;
    const first = points[0];
    const events = [];
    const inPlaceAtStart = first?.practices.filter(({ status }) => status === 'pass') ?? [];
    if (first && options.startsAtRoot) {
        for (const practice of inPlaceAtStart)
            events.push(eventOf(first, practice, 'adopted', practice.paths[0]));
    }
    for (let index = 1; index < points.length; index += 1) {
        events.push(...changesBetween(points[index - 1], points[index]));
    }
    return {
        commits: points.length,
        commitsAssessed: scored.commitsAssessed,
        first,
        last: points.at(-1),
        startsAtRoot: options.startsAtRoot,
        inPlaceAtStart: options.startsAtRoot ? [] : inPlaceAtStart,
        events,
        chart: chartOf(points),
        note: options.note,
    };
}
/** Adopted: passing now and not before. Lost: passing before, now failing or unknown (not inapplicable). */
function changesBetween(before, after) {
    const previous = new Map(before.practices.map((practice) => [practice.id, practice]));
    const changed = new Set(after.changedPaths);
    const events = [];
    if (!before.isMlProject && after.isMlProject) {
        const path = causeOf(after.mlSignalPaths, before.mlSignalPaths, changed);
        events.push(eventOf(after, { id: '', title: 'Became an ML project', toolNames: [] }, 'ml-project', path));
    }
    for (const practice of after.practices) {
        const was = previous.get(practice.id);
        const wasPassing = was?.status === 'pass';
        if (practice.status === 'pass' && !wasPassing) {
            events.push(eventOf(after, practice, 'adopted', causeOf(practice.paths, was?.paths ?? [], changed)));
        }
        else if (wasPassing && practice.status !== 'pass' && practice.status !== 'not-applicable') {
            events.push(eventOf(after, was, 'lost', causeOf(was.paths, practice.paths, changed)));
        }
    }
    return events;
}
/** The evidence file the commit changed, else one that is new to this side, else the first. */
function causeOf(paths, otherSide, changed) {
    return (paths.find((path) => changed.has(path)) ?? paths.find((path) => !otherSide.includes(path)) ?? paths[0]);
}
function eventOf(point, practice, change, path) {
    return {
        sha: point.sha,
        date: point.date,
        subject: point.subject,
        practice: practice.id,
        title: practice.title,
        change,
        toolNames: practice.toolNames,
        path,
    };
}
/** A chart wider than this many points is unreadable: it is drawn by month, or by year, instead. */
const MAX_CHART_POINTS = 90;
/**
 * One point per day (UTC) with commits, the score after its last commit; per month (`YYYY-MM`) or per
 * year (`YYYY`) when there would be more than MAX_CHART_POINTS of them.
 */
function chartOf(points) {
    let chart = [];
    for (const length of [10, 7, 4]) {
        chart = [];
        for (const point of points) {
            const day = dayOf(point.date)?.slice(0, length);
            if (day === undefined)
                continue;
            const score = point.score ?? 0;
            if (chart.at(-1)?.day === day)
                chart.at(-1).score = score;
            else
                chart.push({ day, score });
        }
        if (chart.length <= MAX_CHART_POINTS)
            break;
    }
    return chart;
}
/** The UTC day of an ISO date, undefined when it is not one. */
function dayOf(isoDate) {
    const time = Date.parse(isoDate);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/history/history-command.ts
// `mlops-maturity history`: the maturity timeline of a repository's first-parent history.












const HISTORY_HELP = `Usage:
  mlops-maturity history [path] [options]   the maturity score and practices over the first-parent history

Options of history:
  --max-commits N           score the last N commits (default: 100, at most 10000)
  --since DATE              only commits since DATE (YYYY-MM-DD, or an ISO 8601 date and time)
  --format markdown|json    output format (default: markdown)
  --output FILE             write the timeline to FILE instead of standard output
  --config PATH             configuration file (default: <path>/.mlops-maturity.yml when present)
  -h, --help                show this help
`;
const DEFAULT_MAX_COMMITS = 100;
const MAX_COMMITS_LIMIT = 10_000;
/** Runs `history` with its arguments (after the command word); returns the exit code. Throws UsageError. */
async function runHistory(argv, io) {
    await (0,validation/* loadValidation */.AG)();
    const { values, positionals } = parse(argv);
    if (values.help) {
        io.stdout.write(HISTORY_HELP);
        return 0;
    }
    const [path = '.', ...extra] = positionals;
    if (extra.length > 0)
        throw new usage_error/* UsageError */.e(`history takes one path, got also "${extra[0]}". Quote paths with spaces.`);
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json')
        throw new usage_error/* UsageError */.e(`--format must be one of markdown, json for history, got "${format}".`);
    const timeline = buildHistoryTimeline(path, {
        maxCommits: parseMaxCommits(values['max-commits']),
        since: parseSince(values.since),
        configPath: values.config,
    });
    const output = format === 'json' ? renderHistoryJson(timeline) : renderHistoryMarkdown(timeline);
    if (values.output) {
        try {
            (0,external_node_fs_.writeFileSync)(values.output, output);
        }
        catch (error) {
            const code = error.code;
            throw new usage_error/* UsageError */.e(`--output ${values.output}: cannot write (${code}). Pick a writable path.`);
        }
    }
    else {
        io.stdout.write(output);
    }
    return 0;
}
/** Scores the history of the repository at `path`. Throws UsageError when it has none to read. */
function buildHistoryTimeline(path, options) {
    const root = (0,external_node_path_.resolve)(path);
    const loaded = (0,load_config/* loadConfig */.Z)(path, options.configPath);
    const config = loaded.config;
    // The rules of today, custom ones included, judge every commit: a timeline measures against one standard.
    const ruleSet = (0,custom_rules/* withCustomRules */.rf)((0,load_rules/* loadRules */.A7)(), path, config, loaded.path);
    const history = readHistory(root, options.maxCommits, options.since);
    const scored = scoreHistory(root, history, ruleSet, config);
    const oldest = history.commits[0];
    const isCut = oldest !== undefined && oldest.parents.length === 0 && history.isShallow;
    return buildTimeline(scored, {
        startsAtRoot: oldest !== undefined && oldest.parents.length === 0 && !history.isShallow,
        note: isCut ? shallowNote(history.commits.length) : undefined,
    });
}
function shallowNote(commits) {
    return `The clone is shallow: git has ${commits === 1 ? 'only 1 commit' : `only ${commits} commits`} of this history. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) to see how the maturity evolved.`;
}
function parse(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                'max-commits': { type: 'string' },
                since: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        const message = error.message;
        const option = /Unknown option '([^']+)'/.exec(message)?.[1];
        const missing = /Option '(--[\w-]+)[^']*' argument missing/.exec(message)?.[1];
        const problem = option
            ? `unknown option "${option}" for history`
            : missing
                ? `${missing} needs a value`
                : message.split('\n')[0].replace(/\.$/, '');
        throw new usage_error/* UsageError */.e(`${problem}. Run mlops-maturity history --help.`);
    }
}
function parseMaxCommits(value) {
    if (value === undefined)
        return DEFAULT_MAX_COMMITS;
    const number = Number(value);
    if (/^\d+$/.test(value) && number >= 1 && number <= MAX_COMMITS_LIMIT)
        return number;
    throw new usage_error/* UsageError */.e(`--max-commits must be a whole number from 1 to ${MAX_COMMITS_LIMIT}, got "${value}".`);
}
function parseSince(value) {
    if (value === undefined || isIsoDate(value))
        return value;
    throw new usage_error/* UsageError */.e(`--since must be a date such as 2025-01-31 or 2025-01-31T12:00:00Z, got "${value}".`);
}


/***/ })

};
