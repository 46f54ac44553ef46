export const id = 371;
export const ids = [371];
export const modules = {

/***/ 371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* reexport */ parseConfig),
  parseCustomRule: () => (/* reexport */ parseCustomRule),
  validateRules: () => (/* reexport */ validateRules)
});

// EXTERNAL MODULE: ./src/engine/usage-error.ts
var usage_error = __webpack_require__(8582);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/facts/formats/yaml-lines.ts
var yaml_lines = __webpack_require__(1359);
;// CONCATENATED MODULE: ./src/engine/yaml-value.ts
// One YAML document read by the yaml library's parse() for a file a user writes (a configuration, a
// custom rule), with a syntax error worded the same way for each. Errors are not prettified: the library
// quotes the offending line for every error, so a long line of errors took time quadratic in its length
// (a 40 KB line of quotes, a second).


/** A syntax error or limit: its 1-based line when known, and the parser's reason, cut to a short excerpt. */
class YamlSyntaxError extends Error {
    line;
    reason;
    constructor(line, reason) {
        super(reason);
        this.line = line;
        this.reason = reason;
    }
}
/** The text's value; throws YamlSyntaxError for a syntax error or a resource limit the parser hit. */
function parseYamlValue(text, options) {
    const lineCounter = new dist/* LineCounter */.HN();
    try {
        return (0,dist/* parse */.qg)(text, { ...options, prettyErrors: false, lineCounter });
    }
    catch (error) {
        // A syntax error carries its position; a resource limit (too many aliases) is thrown without one.
        const position = error.pos;
        const message = error.message;
        const firstLine = message.split('\n', 1)[0] ?? message;
        // The parser may quote the text it choked on: a short excerpt only.
        const reason = firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine;
        const line = Array.isArray(position) ? (0,yaml_lines/* yamlErrorLine */.C$)(text, lineCounter, position[0]) : undefined;
        throw new YamlSyntaxError(line, reason);
    }
}

;// CONCATENATED MODULE: ./src/engine/zod-messages.ts
/** `detect[0].dependencies` from `['detect', 0, 'dependencies']`. */
function formatIssuePath(path) {
    let text = '';
    for (const key of path) {
        if (typeof key === 'number')
            text += `[${key}]`;
        else
            text += text === '' ? String(key) : `.${String(key)}`;
    }
    return text;
}
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${String(value)}`;
}
function valueAt(input, path) {
    let value = input;
    for (const key of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
/** One sentence per issue: `<field> <what is wrong>, got <what was found>`. */
function describeIssue(issue, input) {
    const field = formatIssuePath(issue.path) || 'the file';
    const found = describeValue(valueAt(input, issue.path));
    switch (issue.code) {
        case 'invalid_type':
            if (found === 'nothing')
                return `${field} is required (expected ${issue.expected})`;
            return `${field} must be ${article(issue.expected)}, got ${found}`;
        case 'invalid_value':
            return `${field} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${found}`;
        case 'unrecognized_keys':
            return `${field === 'the file' ? 'the file' : field} has unknown field${issue.keys.length > 1 ? 's' : ''} ${listKeys(issue.keys)}`;
        case 'too_small':
            // A schema's own message (`must give the reason, ...`) says more than the generic bound.
            if (!/^too small/i.test(issue.message))
                return `${field} ${issue.message}, got ${found}`;
            return `${field} must ${describeBound('least', issue.origin, issue.minimum)}, got ${found}`;
        case 'too_big':
            return `${field} must ${describeBound('most', issue.origin, issue.maximum)}, got ${found}`;
        case 'invalid_format':
            return `${field} must be a valid ${issue.format}, got ${found}`;
        case 'custom':
            return `${field} ${issue.message}`;
        case 'invalid_key': {
            // A record key failed its own schema (a practice id that is not kebab-case): say why.
            const reason = issue.issues[0]?.message;
            return reason && !/^invalid/i.test(reason) ? `${field} ${reason}` : `${field} is not a valid name`;
        }
        default:
            return `${field}: ${issue.message}`;
    }
}
/** At most three keys, each cut short: a key can be any text of the file. */
function listKeys(keys) {
    const shown = keys.slice(0, 3).map((key) => (key.length > 40 ? `${key.slice(0, 40)}…` : key));
    return keys.length > 3 ? `${shown.join(', ')} and ${keys.length - 3} more` : shown.join(', ');
}
function describeBound(side, origin, bound) {
    if (origin === 'array')
        return side === 'least' && bound === 1 ? 'not be empty' : `have at ${side} ${bound} items`;
    if (origin === 'string')
        return side === 'least' && bound === 1 ? 'not be empty' : `be at ${side} ${bound} characters long`;
    return `be at ${side} ${bound}`;
}
function article(expected) {
    if (expected === 'array')
        return 'a list';
    if (expected === 'object')
        return 'a mapping';
    return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

// EXTERNAL MODULE: ./src/facts/formats/nesting-depth.ts
var nesting_depth = __webpack_require__(7718);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/engine/rule-constants.ts
var rule_constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/facts/model.ts
var model = __webpack_require__(7182);
;// CONCATENATED MODULE: ./src/engine/rule-schema.ts
// The shape of a rule file in rules/*.yml: one MLOps practice and the facts that show each tool.



const kebabCase = schemas/* string */.YjP()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lowercase words joined by -)');
const nameList = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1);
const DetectorSchema = schemas/* strictObject */.rej({
    tool: kebabCase,
    /** Normalised (PEP 503) Python distribution names. */
    dependencies: nameList.optional(),
    /** Dotted module names; a module matches itself and its submodules. */
    imports: nameList.optional(),
    /** Dotted callee names, `*` for one segment, `(kw|kw2)` to require one of those keyword arguments. */
    calls: nameList.optional(),
    /** Globs over repo-relative paths. */
    files: nameList.optional(),
    /** Globs over normalised route paths (`**\/health`). */
    routes: nameList.optional(),
    /** `Kind` or `api-group/Kind`. */
    manifests: nameList.optional(),
    /** Globs over image names without tag (`seldonio/*`). */
    images: nameList.optional(),
    /** Leading words of a shell command (`dvc repro`). */
    commands: nameList.optional(),
    ci: schemas/* array */.YOg(schemas/* enum */.k5n(model/* CI_SYSTEMS */.m)).min(1).optional(),
    'ci-uses': nameList.optional(),
    signals: schemas/* array */.YOg(schemas/* enum */.k5n(model/* SIGNALS */._)).min(1).optional(),
    /**
     * Globs over the image of the container a signal guards: a probe or health check on one of these
     * (a database, a queue) is not the service's own.
     */
    'signals-unless-images': nameList.optional(),
    matcher: schemas/* enum */.k5n(rule_constants/* MATCHERS */.kS).optional(),
    /** A phase-3-grade tool (Kubeflow, Seldon Core...): phase 3 needs the practice passed with one of these. */
    advanced: schemas/* literal */.euz(true).optional(),
})
    .refine((detector) => Object.keys(detector).filter((key) => key !== 'advanced').length > 1, {
    message: 'names no facts. Add at least one of dependencies, imports, calls, files, routes, manifests, images, commands, ci, ci-uses, signals or matcher',
});
/** A rule of any origin; built-in rules (BuiltInRuleSchema) must each be one of PRACTICE_IDS. */
const RuleSchema = schemas/* strictObject */.rej({
    id: kebabCase,
    title: schemas/* string */.YjP().min(1).max(80),
    category: schemas/* enum */.k5n(rule_constants/* CATEGORIES */.R6),
    phase: schemas/* number */.aig().int().min(1).max(3),
    weight: schemas/* number */.aig().int().min(1).max(10),
    why: schemas/* string */.YjP().min(1),
    detect: schemas/* array */.YOg(DetectorSchema).min(1),
    remediation: schemas/* strictObject */.rej({ effort: schemas/* enum */.k5n(['low', 'medium', 'high']), text: schemas/* string */.YjP().min(1) }),
    limitations: schemas/* string */.YjP().min(1).optional(),
    /**
     * The practice is about a model (serving, tracking, registry, drift): on a repository with no ML it is
     * not applicable, whatever else is found (a web framework alone is not model serving).
     */
    'needs-model': schemas/* literal */.euz(true).optional(),
    /**
     * A tool only declared as a dependency, with no import or call where its detector could see one, still
     * counts. By default such a tool is a weak signal (a transitive pin in a `pip freeze`, a leftover line)
     * and the practice does not pass on it alone.
     */
    'declared-counts': schemas/* literal */.euz(true).optional(),
});
const BuiltInRuleSchema = RuleSchema.extend({ id: schemas/* enum */.k5n(rule_constants/* PRACTICE_IDS */.dq) });
/** A tool a custom rule pack brings along, shown by name in reports. */
const CustomToolSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1),
    url: schemas/* url */.OZ5().optional(),
    cost: schemas/* enum */.k5n(['free', 'paid', 'freemium']).default('free'),
});
/**
 * A team's or organisation's own rule (.mlops-maturity/rules/*.yml or a pack named by `extends:`): a built-in
 * rule's shape, plus the tools it names that the catalog lacks, and the built-in practice it replaces.
 */
const CustomRuleSchema = RuleSchema.extend({
    replaces: schemas/* enum */.k5n(rule_constants/* PRACTICE_IDS */.dq).optional(),
    tools: schemas/* record */.g1P(kebabCase, CustomToolSchema).optional(),
});
const ToolSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1),
    url: schemas/* url */.OZ5(),
    /** True for tools only an ML project would use; their presence alone marks a repository as ML. */
    'ml-specific': schemas/* boolean */.zMY(),
    cost: schemas/* enum */.k5n(['free', 'paid', 'freemium']),
    'learning-curve': schemas/* enum */.k5n(['low', 'medium', 'high']).optional(),
    /** The guide's trade-offs in one sentence, shown with advice to adopt the tool. */
    'trade-offs': schemas/* string */.YjP().min(1).optional(),
});
const ToolCatalogSchema = schemas/* record */.g1P(kebabCase, ToolSchema);
/**
 * What marks a repository as ML: libraries by distribution and import names, and also calls (`cv2.dnn.*`, a
 * model loaded with joblib and asked to predict) and files (tracked model artifacts, `**\/*.onnx`).
 */
const MlLibrariesSchema = schemas/* record */.g1P(kebabCase, schemas/* strictObject */.rej({
    dependencies: nameList.optional(),
    imports: nameList.optional(),
    calls: nameList.optional(),
    files: nameList.optional(),
})
    .refine((entry) => Object.keys(entry).length > 0, {
    message: 'names no facts. Add at least one of dependencies, imports, calls or files',
}));
const toolId = kebabCase;
const byBudget = schemas/* strictObject */.rej({ free: toolId, paid: toolId });
/** Per practice: the guide's recommended tool for each team size and budget, and a first step per tool. */
const PracticeAdviceSchema = schemas/* strictObject */.rej({
    recommend: schemas/* strictObject */.rej({ small: byBudget, medium: byBudget, large: byBudget }),
    /** A first step a developer can paste, per tool that may be advised for this practice. */
    'first-steps': schemas/* record */.g1P(toolId, schemas/* string */.YjP().min(1)),
});
const AdviceCatalogSchema = schemas/* strictObject */.rej({
    /** Keyed by built-in practice id (load-rules checks each key names a rule). */
    practices: schemas/* record */.g1P(kebabCase, PracticeAdviceSchema),
    /** Per team size: tools the guide warns are too heavy yet, with the reason. */
    'not-yet': schemas/* strictObject */.rej({
        small: schemas/* record */.g1P(toolId, schemas/* string */.YjP().min(1)),
        medium: schemas/* record */.g1P(toolId, schemas/* string */.YjP().min(1)),
        large: schemas/* record */.g1P(toolId, schemas/* string */.YjP().min(1)),
    }),
});

// EXTERNAL MODULE: ./src/config/glob-list.ts
var glob_list = __webpack_require__(6571);
;// CONCATENATED MODULE: ./src/config/config-schema.ts
// The shape of .mlops-maturity.yml. Defaults live here, not in the CLI or action.yml.




/** A list of globs read in order, `!` taking back a match (see glob-list.ts). */
const GlobListSchema = schemas/* array */.YOg(schemas/* string */.YjP()
    .min(1)
    .superRefine((glob, context) => {
    const problem = (0,glob_list/* globProblem */.AI)(glob);
    if (problem)
        context.addIssue({ code: 'custom', message: problem });
}))
    .default([]);
const PracticeOverrideSchema = schemas/* strictObject */.rej({
    /** Marks the practice not applicable; the text is the reason, shown in every report. */
    'not-applicable': schemas/* string */.YjP()
        .min(1, 'must give the reason, e.g. "Batch scoring only, no online serving"')
        .optional(),
    weight: schemas/* number */.aig().int().min(0).max(10).optional(),
});
const ConfigSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    'team-size': schemas/* enum */.k5n(rule_constants/* TEAM_SIZES */.HR).default('small'),
    budget: schemas/* enum */.k5n(rule_constants/* BUDGETS */.bJ).default('free'),
    'fail-below': schemas/* number */.aig().min(0).max(100).optional(),
    'min-phase': schemas/* number */.aig().int().min(0).max(3).optional(),
    /** Globs of files left out of the scan (test data, vendored notebooks); `!glob` takes files back. */
    ignore: GlobListSchema,
    /** Per practice id (built-in or custom; checked against the rules once they are loaded). */
    practices: schemas/* record */.g1P(kebabCase, PracticeOverrideSchema).default({}),
    /**
     * Rule packs added to the built-in rules: a folder inside the repository (`./standards`) or an npm
     * package installed in the repository's node_modules (`@acme/mlops-rules`).
     */
    extends: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1))])
        .transform((value) => (typeof value === 'string' ? [value] : value))
        .default([]),
    /** Globs of sub-project folders in a monorepo, each scored on its own. */
    projects: GlobListSchema,
})
    .describe('Configuration of mlops-maturity (.mlops-maturity.yml at the repository root).');

;// CONCATENATED MODULE: ./src/config/parse-config.ts
// Parses and validates the text of .mlops-maturity.yml: a problem is a usage error naming file, field and fix.





/** Deeper than any real configuration (the deepest field is practices.<id>.weight). */
const MAX_CONFIG_NESTING = 16;
function parseConfig(text, display) {
    let input;
    try {
        // The parser recurses: a hostile depth would overflow the stack after seconds of work.
        (0,nesting_depth/* assertNestingWithin */.C)(text, MAX_CONFIG_NESTING);
        input = parseYamlValue(text, { maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        if (error instanceof nesting_depth/* NestingTooDeep */.b)
            throw new usage_error/* UsageError */.e(`${display}: nested more than ${error.limit} levels deep. A configuration is flat.`);
        if (!(error instanceof YamlSyntaxError))
            throw error;
        const { line, reason } = error;
        throw new usage_error/* UsageError */.e(`${display}${line ? `:${line}` : ''}: not valid YAML (${reason}). Fix the syntax.`);
    }
    const result = ConfigSchema.safeParse(input);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new usage_error/* UsageError */.e(`${display}: ${describeIssue(issue, input)}. See the configuration section of the README.`);
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/engine/parse-custom-rule.ts
// Parses and validates one custom rule file (a repository's own or a rule pack's).




/** Parses one custom rule file; throws UsageError with the file and field. */
function parseCustomRule(text, where) {
    let input;
    try {
        // Rule files have no use for aliases; a few keep an alias bomb from growing.
        input = parseYamlValue(text, { maxAliasCount: 10, uniqueKeys: true });
    }
    catch (error) {
        if (!(error instanceof YamlSyntaxError))
            throw error;
        throw new usage_error/* UsageError */.e(`${where}${error.line ? `:${error.line}` : ''}: not valid YAML (${error.reason}). Fix the syntax.`);
    }
    const result = CustomRuleSchema.safeParse(input);
    if (!result.success) {
        throw new usage_error/* UsageError */.e(`${where}: ${describeIssue(result.error.issues[0], input)}. See rules/_template.yml.`);
    }
    return result.data;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/engine/validate-rules.ts
// Validates rules/*.yml and the catalogs beside them: a broken file fails loudly, naming file and field.
// Loaded only when no fresh rules.json stands for them (load-rules.ts).






function validateRules(rulesDir, ruleFiles, texts) {
    const display = (file) => `rules/${(0,external_node_path_.relative)(rulesDir, file).split('\\').join('/')}`;
    const parseFile = (name, schema) => parseRuleFile(texts.get(name), display((0,external_node_path_.join)(rulesDir, name)), schema);
    const tools = parseFile('catalog/tools.yml', ToolCatalogSchema);
    const mlLibraries = parseFile('catalog/ml-libraries.yml', MlLibrariesSchema);
    const advice = parseFile('catalog/advice.yml', AdviceCatalogSchema);
    const rules = ruleFiles.map((name) => {
        const rule = parseFile(name, BuiltInRuleSchema);
        checkRule(rule, name, tools, display((0,external_node_path_.join)(rulesDir, name)));
        return rule;
    });
    // Reports list practices in the contract's order, not the file system's.
    rules.sort((a, b) => practiceOrder(a.id) - practiceOrder(b.id));
    const missing = rule_constants/* PRACTICE_IDS */.dq.filter((id) => !rules.some((rule) => rule.id === id));
    if (missing.length > 0) {
        throw new usage_error/* UsageError */.e(`${display(rulesDir)}: no rule file for ${missing.join(', ')}. Add rules/${missing[0]}.yml.`);
    }
    checkAdvice(advice, rules, tools, display((0,external_node_path_.join)(rulesDir, 'catalog', 'advice.yml')));
    return { rules, tools, mlLibraries, advice };
}
const practiceOrder = (id) => rule_constants/* PRACTICE_IDS */.dq.indexOf(id);
function checkRule(rule, fileName, tools, where) {
    if (`${rule.id}.yml` !== fileName) {
        throw new usage_error/* UsageError */.e(`${where}: id "${rule.id}" differs from the file name. Rename the file to ${rule.id}.yml.`);
    }
    rule.detect.forEach((detector, index) => {
        if (!tools[detector.tool]) {
            throw new usage_error/* UsageError */.e(`${where}: detect[${index}].tool "${detector.tool}" is not in the tool catalog. Add it to rules/catalog/tools.yml.`);
        }
    });
}
/** Advice may only name tools a practice detects (so it can be told apart from what the team uses). */
function checkAdvice(advice, rules, tools, where) {
    for (const rule of rules) {
        const practice = advice.practices[rule.id];
        if (!practice)
            throw new usage_error/* UsageError */.e(`${where}: practices.${rule.id} is missing. Add its recommendations.`);
        const detected = new Set(rule.detect.map((detector) => detector.tool));
        for (const [size, byBudget] of Object.entries(practice.recommend)) {
            for (const [budget, tool] of Object.entries(byBudget)) {
                if (!detected.has(tool)) {
                    throw new usage_error/* UsageError */.e(`${where}: practices.${rule.id}.recommend.${size}.${budget} names "${tool}", which rules/${rule.id}.yml does not detect. Pick one of ${[...detected].join(', ')}.`);
                }
            }
        }
        for (const tool of Object.keys(practice['first-steps'])) {
            if (!detected.has(tool)) {
                throw new usage_error/* UsageError */.e(`${where}: practices.${rule.id}.first-steps.${tool} is for a tool rules/${rule.id}.yml does not detect. Remove it or add a detector.`);
            }
        }
    }
    for (const id of Object.keys(advice.practices)) {
        if (!rules.some((rule) => rule.id === id))
            throw new usage_error/* UsageError */.e(`${where}: practices.${id} is not a practice. Remove it or add rules/${id}.yml.`);
    }
    const named = Object.values(advice['not-yet']).flatMap((byTool) => Object.keys(byTool));
    for (const tool of named) {
        if (!tools[tool])
            throw new usage_error/* UsageError */.e(`${where}: "${tool}" is not in the tool catalog. Add it to rules/catalog/tools.yml.`);
    }
}
function parseRuleFile(text, where, schema) {
    let input;
    try {
        // The library's default alias limit, with errors worded as for every file a person writes.
        input = parseYamlValue(text, { maxAliasCount: 100 });
    }
    catch (error) {
        if (!(error instanceof YamlSyntaxError))
            throw error;
        throw new usage_error/* UsageError */.e(`${where}${error.line ? `:${error.line}` : ''}: not valid YAML (${error.reason}). Fix the syntax.`);
    }
    const result = schema.safeParse(input);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new usage_error/* UsageError */.e(`${where}: ${describeIssue(issue, input)}. See rules/_template.yml.`);
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/engine/validation-parts.ts
// The validators validation.ts loads on demand, in one chunk.





/***/ })

};
