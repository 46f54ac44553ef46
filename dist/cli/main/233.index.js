export const id = 233;
export const ids = [233];
export const modules = {

/***/ 6233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLUP_HELP: () => (/* binding */ ROLLUP_HELP),
  runRollup: () => (/* binding */ runRollup)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/engine/usage-error.ts
var usage_error = __webpack_require__(8582);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/rollup/read-reports.ts
// Reads the per-repository JSON reports a roll-up merges. Reports come from other repositories' runs, so
// every field is checked before use; a bad file becomes a listed error and the roll-up goes on.



/** A report above this size is not a report (the largest real ones are under 1 MiB). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/**
 * Expands the arguments (files, or folders searched recursively for `*.json`) into report files, in a
 * stable order. Throws UsageError when an argument does not exist or nothing was found.
 */
function findReportFiles(args) {
    const files = [];
    for (const arg of args) {
        let stats;
        try {
            stats = (0,external_node_fs_.statSync)(arg);
        }
        catch {
            throw new usage_error/* UsageError */.e(`rollup: "${arg}" does not exist. Give report files or folders of them.`);
        }
        if (stats.isDirectory())
            files.push(...jsonFilesUnder(arg));
        else
            files.push(arg);
    }
    if (files.length === 0) {
        throw new usage_error/* UsageError */.e(`rollup: no *.json report found in ${args.join(', ')}. Run scan --format json first.`);
    }
    return files;
}
function jsonFilesUnder(folder) {
    const found = [];
    const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(folder, entry.name);
        // Symlinks are not followed: an artifact folder has none, and a loop would never end.
        if (entry.isDirectory())
            found.push(...jsonFilesUnder(path));
        else if (entry.isFile() && entry.name.endsWith('.json'))
            found.push(path);
    }
    return found;
}
/** Reads one report file; returns an error entry instead of throwing on anything wrong with it. */
function readReport(file) {
    let text;
    let modified;
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        if (!stats.isFile())
            return { file, message: 'not a regular file' };
        if (stats.size > MAX_REPORT_BYTES)
            return { file, message: `larger than ${MAX_REPORT_BYTES >> 20} MiB` };
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        modified = stats.mtime;
    }
    catch (error) {
        return { file, message: `cannot read (${error.code ?? 'error'})` };
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { file, message: 'not valid JSON' };
    }
    return toEntry(file, value, modified);
}
function toEntry(file, value, modified) {
    if (!isRecord(value) || value.schemaVersion !== 1) {
        return { file, message: 'not an mlops-maturity report (schemaVersion 1 expected)' };
    }
    const { isMlProject, score, phase, practices } = value;
    if (typeof isMlProject !== 'boolean')
        return fieldError(file, 'isMlProject', 'a boolean');
    if (score !== null && !(typeof score === 'number' && score >= 0 && score <= 100))
        return fieldError(file, 'score', 'a number from 0 to 100 or null');
    const current = isRecord(phase) ? phase.current : undefined;
    if (!(typeof current === 'number' && Number.isInteger(current) && current >= 0 && current <= 3))
        return fieldError(file, 'phase.current', 'a whole number from 0 to 3');
    if (!Array.isArray(practices))
        return fieldError(file, 'practices', 'a list');
    const missing = [];
    const titles = {};
    for (const [index, practice] of practices.entries()) {
        if (!isRecord(practice) || typeof practice.id !== 'string' || typeof practice.status !== 'string')
            return fieldError(file, `practices[${index}]`, 'an object with id and status');
        if (practice.status === 'fail')
            missing.push(practice.id);
        titles[practice.id] = typeof practice.title === 'string' ? practice.title : practice.id;
    }
    const delta = isRecord(value.delta) ? value.delta : undefined;
    const lost = Array.isArray(delta?.lost)
        ? delta.lost.filter((id) => typeof id === 'string')
        : [];
    const source = isRecord(value.source) ? value.source : undefined;
    const repository = typeof source?.repository === 'string' ? source.repository : undefined;
    const stamp = isRecord(value.stats) ? value.stats.scannedAt : undefined;
    const scannedAt = typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp))
        ? new Date(stamp).toISOString()
        : modified.toISOString();
    return {
        // The roll-up workflow names each report `owner__name.json`.
        name: repository ??
            (0,external_node_path_.basename)(file)
                .replace(/\.json$/, '')
                .replace('__', '/'),
        file,
        isMlProject,
        score: typeof score === 'number' ? Math.round(score) : null,
        phase: current,
        missing,
        titles,
        lost,
        scannedAt,
    };
}
function fieldError(file, field, expected) {
    return { file, message: `${field} must be ${expected}` };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isReadError(entry) {
    return !('name' in entry);
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/rollup/render-rollup.ts
// Renders a roll-up as Markdown (a job summary), JSON (the next roll-up's `--previous`) or CSV (a sheet).
// Names and titles come from other repositories' reports: Markdown escapes them, CSV quotes them and keeps
// a spreadsheet from reading them as formulas.

const PHASE_NAMES = ['Ad hoc', 'Foundations', 'Automation', 'Operations at scale'];
/** Rows of the repository table shown before the rest folds away. */
const TABLE_ROWS_OPEN = 50;
function renderRollupJson(rollup) {
    return `${JSON.stringify(rollup, null, 2)}\n`;
}
function renderRollupMarkdown(rollup) {
    const repos = rollup.repositories;
    const ml = repos.filter((repo) => repo.isMlProject);
    const scored = ml.filter((repo) => repo.score !== null);
    const median = medianOf(scored.map((repo) => repo.score));
    const regressed = repos.filter((repo) => repo.regressed);
    const stale = repos.filter((repo) => repo.stale);
    const lines = [
        `### MLOps maturity across ${plural(repos.length, 'repository', 'repositories')}`,
        '',
        [
            `${ml.length} with ML`,
            median === null ? undefined : `median score **${median}**`,
            `${regressed.length} regressed`,
            `${stale.length} stale (over ${rollup.staleDays} days)`,
        ]
            .filter(Boolean)
            .join(' · '),
        '',
        '| Phase | Repositories | |',
        '|---|---:|---|',
        ...rollup.phases.map((count, phase) => `| ${phase} ${PHASE_NAMES[phase]} | ${count} | ${bar(count, ml.length)} |`),
        `| no ML found | ${rollup.notMl} | |`,
        '',
    ];
    if (rollup.missingMost.length > 0) {
        lines.push('**Missing most often**', '');
        for (const missing of rollup.missingMost.slice(0, 10)) {
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(missing.title)} ${(0,report_escape/* codeSpan */.SS)(missing.practice)}: ${missing.count} of ${ml.length} (${Math.round(missing.share * 100)}%)`);
        }
        lines.push('');
    }
    if (regressed.length > 0) {
        lines.push('**Regressed**', '');
        for (const repo of regressed)
            lines.push(`- ${render_rollup_name(repo)}: ${(0,report_escape/* escapeMarkdown */.FV)(repo.regressions.join('; '))}`);
        lines.push('');
    }
    if (stale.length > 0) {
        lines.push(`**Stale reports** (scanned over ${rollup.staleDays} days ago)`, '');
        for (const repo of stale)
            lines.push(`- ${render_rollup_name(repo)}: ${repo.scannedAt.slice(0, 10)}`);
        lines.push('');
    }
    const header = ['| Repository | Phase | Score | Change | Scanned |', '|---|---:|---:|---:|---|'];
    const rows = repos.map((repo) => `| ${render_rollup_name(repo)} | ${repo.isMlProject ? repo.phase : '–'} | ${repo.score ?? '–'} | ${change(repo)} | ${repo.scannedAt.slice(0, 10)} |`);
    lines.push(...header, ...rows.slice(0, TABLE_ROWS_OPEN), '');
    if (rows.length > TABLE_ROWS_OPEN) {
        lines.push(`<details><summary>${rows.length - TABLE_ROWS_OPEN} more repositories</summary>`, '', ...header, ...rows.slice(TABLE_ROWS_OPEN), '', '</details>', '');
    }
    if (rollup.errors.length > 0) {
        lines.push(`**Reports not read** (${rollup.errors.length})`, '');
        for (const error of rollup.errors.slice(0, 20))
            lines.push(`- ${(0,report_escape/* codeSpan */.SS)(error.file)}: ${(0,report_escape/* escapeMarkdown */.FV)(error.message)}`);
        if (rollup.errors.length > 20)
            lines.push(`- and ${rollup.errors.length - 20} more`);
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
const CSV_COLUMNS = [
    'repository',
    'ml',
    'phase',
    'score',
    'score_change',
    'phase_change',
    'regressed',
    'stale',
    'scanned_at',
    'missing',
];
function renderRollupCsv(rollup) {
    const rows = rollup.repositories.map((repo) => [
        repo.name,
        repo.isMlProject,
        repo.isMlProject ? repo.phase : '',
        repo.score ?? '',
        repo.scoreChange ?? '',
        repo.phaseChange ?? '',
        repo.regressed,
        repo.stale,
        repo.scannedAt,
        repo.missing.join(' '),
    ]
        .map((cell) => csvCell(String(cell)))
        .join(','));
    return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
/** RFC 4180 quoting; a leading `= + - @` (or tab/CR) is prefixed with `'` so no sheet runs it as a formula. */
function csvCell(text) {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function render_rollup_name(repo) {
    return (0,report_escape/* escapeMarkdown */.FV)(repo.name);
}
function change(repo) {
    if (repo.scoreChange === null)
        return '–';
    return repo.scoreChange > 0
        ? `+${repo.scoreChange}`
        : repo.scoreChange === 0
            ? '0'
            : `−${-repo.scoreChange}`;
}
function bar(count, total) {
    return total === 0 ? '' : '█'.repeat(Math.round((count / total) * 20));
}
function medianOf(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const upper = sorted[middle] ?? 0;
    return sorted.length % 2 ? upper : Math.round(((sorted[middle - 1] ?? upper) + upper) / 2);
}
function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/rollup/rollup.ts
const DAY_MS = 86_400_000;
function rollUp(entries, errors, options) {
    const { latest, superseded } = newestPerRepository(entries);
    const before = new Map((options.previous?.repositories ?? []).map((repo) => [repo.name, repo]));
    const staleBefore = options.now.getTime() - options.staleDays * DAY_MS;
    const repositories = latest.map((entry) => compare(entry, before.get(entry.name), staleBefore));
    const ml = latest.filter((entry) => entry.isMlProject);
    const phases = [0, 0, 0, 0];
    for (const entry of ml)
        phases[entry.phase] = (phases[entry.phase] ?? 0) + 1;
    return {
        schemaVersion: 1,
        generatedAt: options.now.toISOString(),
        staleDays: options.staleDays,
        repositories,
        phases,
        notMl: latest.length - ml.length,
        missingMost: missingMost(ml),
        errors,
        superseded,
    };
}
function newestPerRepository(entries) {
    const byName = new Map();
    const superseded = [];
    for (const entry of entries) {
        const seen = byName.get(entry.name);
        if (!seen)
            byName.set(entry.name, entry);
        else if (entry.scannedAt > seen.scannedAt) {
            superseded.push(seen.file);
            byName.set(entry.name, entry);
        }
        else
            superseded.push(entry.file);
    }
    const latest = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { latest, superseded };
}
function compare(entry, previous, staleBefore) {
    const scoreChange = previous && previous.score !== null && entry.score !== null ? entry.score - previous.score : null;
    const phaseChange = previous?.isMlProject && entry.isMlProject ? entry.phase - previous.phase : null;
    const regressions = [];
    if (scoreChange !== null && scoreChange < 0)
        regressions.push(`score ${previous?.score} → ${entry.score}`);
    if (phaseChange !== null && phaseChange < 0)
        regressions.push(`phase ${previous?.phase} → ${entry.phase}`);
    if (entry.lost.length > 0)
        regressions.push(`lost ${entry.lost.join(', ')}`);
    return {
        name: entry.name,
        isMlProject: entry.isMlProject,
        score: entry.score,
        phase: entry.phase,
        scoreChange,
        phaseChange,
        regressed: regressions.length > 0,
        regressions,
        stale: Date.parse(entry.scannedAt) < staleBefore,
        scannedAt: entry.scannedAt,
        missing: entry.missing,
    };
}
function missingMost(ml) {
    const counts = new Map();
    for (const entry of ml) {
        for (const practice of entry.missing) {
            const counted = counts.get(practice) ?? { title: entry.titles[practice] ?? practice, count: 0 };
            counted.count += 1;
            counts.set(practice, counted);
        }
    }
    return [...counts.entries()]
        .map(([practice, { title, count }]) => ({
        practice,
        title,
        count,
        share: ml.length ? count / ml.length : 0,
    }))
        .sort((a, b) => b.count - a.count || (a.practice < b.practice ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/rollup/rollup-command.ts
// `mlops-maturity rollup REPORT.json|FOLDER... [--previous ROLLUP.json] [--format markdown|json|csv]`.







const ROLLUP_HELP = `Usage: mlops-maturity rollup REPORT.json|FOLDER... [options]

Merges per-repository JSON reports (scan --format json) into one view: each repository's phase and score,
the phase distribution, the practices missing most, who regressed, and stale reports.

Options:
  --format markdown|json|csv   output format (default: markdown)
  --previous FILE              an earlier roll-up's JSON: show each repository's change since then
  --stale-days N               a report older than N days is stale (default: 30)
  --output FILE                write to FILE instead of standard output
  -h, --help                   show this help
`;
const FORMATS = { markdown: renderRollupMarkdown, json: renderRollupJson, csv: renderRollupCsv };
// Only what `compare` reads of the previous roll-up; the rest of it may change between versions.
const PreviousRollupSchema = schemas/* object */.Ikc({
    repositories: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        isMlProject: schemas/* boolean */.zMY(),
        score: schemas/* number */.aig().nullable(),
        phase: schemas/* number */.aig().int().min(0).max(3),
    })),
});
/** Runs the roll-up command; returns the exit code. Throws UsageError for bad arguments. */
function runRollup(argv, io) {
    const { values, positionals } = parseRollupArgs(argv);
    if (values.help) {
        io.stdout.write(ROLLUP_HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new usage_error/* UsageError */.e('rollup needs report files or folders. Run mlops-maturity rollup --help.');
    const format = values.format ?? 'markdown';
    if (!(format in FORMATS))
        throw new usage_error/* UsageError */.e(`--format must be one of markdown, json, csv for rollup, got "${format}".`);
    const staleDays = values['stale-days'] === undefined ? 30 : wholeNumber('--stale-days', values['stale-days']);
    const entries = [];
    const errors = [];
    for (const file of findReportFiles(positionals)) {
        const read = readReport(file);
        if (isReadError(read))
            errors.push(read);
        else
            entries.push(read);
    }
    const previous = values.previous === undefined ? undefined : readPrevious(values.previous);
    const rollup = rollUp(entries, errors, { now: io.now ?? new Date(), staleDays, previous });
    const output = FORMATS[format](rollup);
    if (values.output) {
        try {
            (0,external_node_fs_.writeFileSync)(values.output, output);
        }
        catch (error) {
            throw new usage_error/* UsageError */.e(`--output ${values.output}: cannot write (${error.code}). Pick a writable path.`);
        }
    }
    else
        io.stdout.write(output);
    return 0;
}
function parseRollupArgs(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                previous: { type: 'string' },
                'stale-days': { type: 'string' },
                output: { type: 'string', short: 'o' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        const option = /Unknown option '([^']+)'/.exec(error.message)?.[1];
        const problem = option ? `unknown option "${option}"` : error.message.replace(/\.$/, '');
        throw new usage_error/* UsageError */.e(`rollup: ${problem}. Run mlops-maturity rollup --help.`);
    }
}
function readPrevious(file) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new usage_error/* UsageError */.e(`--previous ${file}: ${code ? `cannot read (${code})` : 'not valid JSON'}. Give the JSON of an earlier rollup (--format json).`);
    }
    const parsed = PreviousRollupSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || 'the file';
        throw new usage_error/* UsageError */.e(`--previous ${file}: ${field} is not what rollup --format json writes (${issue?.message ?? 'invalid'}).`);
    }
    return parsed.data;
}
function wholeNumber(flag, value) {
    if (/^\d{1,5}$/.test(value))
        return Number(value);
    throw new usage_error/* UsageError */.e(`${flag} must be a whole number of days, got "${value}".`);
}


/***/ })

};
