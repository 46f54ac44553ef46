export const id = 280;
export const ids = [280];
export const modules = {

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ConfigSchema)
/* harmony export */ });
/* unused harmony export PracticeOverrideSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _engine_rule_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8386);
/* harmony import */ var _engine_rule_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6556);
/* harmony import */ var _glob_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6571);
// The shape of .mlops-maturity.yml. Defaults live here, not in the CLI or action.yml.




/** A list of globs read in order, `!` taking back a match (see glob-list.ts). */
const GlobListSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .superRefine((glob, context) => {
    const problem = (0,_glob_list_js__WEBPACK_IMPORTED_MODULE_2__/* .globProblem */ .AI)(glob);
    if (problem)
        context.addIssue({ code: 'custom', message: problem });
}))
    .default([]);
const PracticeOverrideSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Marks the practice not applicable; the text is the reason, shown in every report. */
    'not-applicable': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1, 'must give the reason, e.g. "Batch scoring only, no online serving"')
        .optional(),
    weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10).optional(),
});
const ConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    'team-size': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_engine_rule_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .TEAM_SIZES */ .HR).default('small'),
    budget: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_engine_rule_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .BUDGETS */ .bJ).default('free'),
    'fail-below': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).optional(),
    'min-phase': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(3).optional(),
    /** Globs of files left out of the scan (test data, vendored notebooks); `!glob` takes files back. */
    ignore: GlobListSchema,
    /** Per practice id (built-in or custom; checked against the rules once they are loaded). */
    practices: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_engine_rule_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .kebabCase */ .kW, PracticeOverrideSchema).default({}),
    /**
     * Rule packs added to the built-in rules: a folder inside the repository (`./standards`) or an npm
     * package installed in the repository's node_modules (`@acme/mlops-rules`).
     */
    extends: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))])
        .transform((value) => (typeof value === 'string' ? [value] : value))
        .default([]),
    /** Globs of sub-project folders in a monorepo, each scored on its own. */
    projects: GlobListSchema,
})
    .describe('Configuration of mlops-maturity (.mlops-maturity.yml at the repository root).');


/***/ }),

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ BuiltInRuleSchema),
/* harmony export */   LV: () => (/* binding */ ToolCatalogSchema),
/* harmony export */   Nn: () => (/* binding */ AdviceCatalogSchema),
/* harmony export */   Zz: () => (/* binding */ CustomRuleSchema),
/* harmony export */   im: () => (/* binding */ MlLibrariesSchema),
/* harmony export */   kW: () => (/* binding */ kebabCase)
/* harmony export */ });
/* unused harmony exports DetectorSchema, RuleSchema, CustomToolSchema, ToolSchema, PracticeAdviceSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
/* harmony import */ var _facts_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7182);
/* harmony import */ var _rule_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8386);
// The shape of a rule file in rules/*.yml: one MLOps practice and the facts that show each tool.



const kebabCase = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lowercase words joined by -)');
const nameList = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1);
const DetectorSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
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
    ci: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_facts_model_js__WEBPACK_IMPORTED_MODULE_1__/* .CI_SYSTEMS */ .m)).min(1).optional(),
    'ci-uses': nameList.optional(),
    signals: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_facts_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNALS */ ._)).min(1).optional(),
    /**
     * Globs over the image of the container a signal guards: a probe or health check on one of these
     * (a database, a queue) is not the service's own.
     */
    'signals-unless-images': nameList.optional(),
    matcher: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_rule_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MATCHERS */ .kS).optional(),
    /** A phase-3-grade tool (Kubeflow, Seldon Core...): phase 3 needs the practice passed with one of these. */
    advanced: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true).optional(),
})
    .refine((detector) => Object.keys(detector).filter((key) => key !== 'advanced').length > 1, {
    message: 'names no facts. Add at least one of dependencies, imports, calls, files, routes, manifests, images, commands, ci, ci-uses, signals or matcher',
});
/** A rule of any origin; built-in rules (BuiltInRuleSchema) must each be one of PRACTICE_IDS. */
const RuleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: kebabCase,
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(80),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_rule_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R6),
    phase: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(3),
    weight: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(10),
    why: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    detect: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DetectorSchema).min(1),
    remediation: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ effort: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['low', 'medium', 'high']), text: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }),
    limitations: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /**
     * The practice is about a model (serving, tracking, registry, drift): on a repository with no ML it is
     * not applicable, whatever else is found (a web framework alone is not model serving).
     */
    'needs-model': zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true).optional(),
    /**
     * A tool only declared as a dependency, with no import or call where its detector could see one, still
     * counts. By default such a tool is a weak signal (a transitive pin in a `pip freeze`, a leftover line)
     * and the practice does not pass on it alone.
     */
    'declared-counts': zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true).optional(),
});
const BuiltInRuleSchema = RuleSchema.extend({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_rule_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .PRACTICE_IDS */ .dq) });
/** A tool a custom rule pack brings along, shown by name in reports. */
const CustomToolSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    cost: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['free', 'paid', 'freemium']).default('free'),
});
/**
 * A team's or organisation's own rule (.mlops-maturity/rules/*.yml or a pack named by `extends:`): a built-in
 * rule's shape, plus the tools it names that the catalog lacks, and the built-in practice it replaces.
 */
const CustomRuleSchema = RuleSchema.extend({
    replaces: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_rule_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .PRACTICE_IDS */ .dq).optional(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(kebabCase, CustomToolSchema).optional(),
});
const ToolSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5(),
    /** True for tools only an ML project would use; their presence alone marks a repository as ML. */
    'ml-specific': zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    cost: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['free', 'paid', 'freemium']),
    'learning-curve': zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['low', 'medium', 'high']).optional(),
    /** The guide's trade-offs in one sentence, shown with advice to adopt the tool. */
    'trade-offs': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
});
const ToolCatalogSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(kebabCase, ToolSchema);
/**
 * What marks a repository as ML: libraries by distribution and import names, and also calls (`cv2.dnn.*`, a
 * model loaded with joblib and asked to predict) and files (tracked model artifacts, `**\/*.onnx`).
 */
const MlLibrariesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(kebabCase, zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    dependencies: nameList.optional(),
    imports: nameList.optional(),
    calls: nameList.optional(),
    files: nameList.optional(),
})
    .refine((entry) => Object.keys(entry).length > 0, {
    message: 'names no facts. Add at least one of dependencies, imports, calls or files',
}));
const toolId = kebabCase;
const byBudget = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ free: toolId, paid: toolId });
/** Per practice: the guide's recommended tool for each team size and budget, and a first step per tool. */
const PracticeAdviceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    recommend: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ small: byBudget, medium: byBudget, large: byBudget }),
    /** A first step a developer can paste, per tool that may be advised for this practice. */
    'first-steps': zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(toolId, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)),
});
const AdviceCatalogSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Keyed by built-in practice id (load-rules checks each key names a rule). */
    practices: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(kebabCase, PracticeAdviceSchema),
    /** Per team size: tools the guide warns are too heavy yet, with the reason. */
    'not-yet': zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        small: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(toolId, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)),
        medium: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(toolId, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)),
        large: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(toolId, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)),
    }),
});


/***/ }),

/***/ 8280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES_TEST_HELP: () => (/* binding */ RULES_TEST_HELP),
  runRulesTest: () => (/* binding */ runRulesTest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/engine/load-rules.ts
var load_rules = __webpack_require__(9162);
// EXTERNAL MODULE: ./src/engine/usage-error.ts
var usage_error = __webpack_require__(8582);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/config-schema.ts
var config_schema = __webpack_require__(484);
// EXTERNAL MODULE: ./src/engine/custom-rules.ts
var custom_rules = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/scan.ts + 15 modules
var scan = __webpack_require__(6661);
;// CONCATENATED MODULE: ./src/rule-pack/test-pack.ts
// Runs a rule pack's fixtures the way the built-in rules' are run: each detector of each rule has
// fixtures/<rule-id>/<tool>/positive/ (the practice passes with that tool, every piece of evidence names a
// file of the fixture) and negative/ (the tool is not found).





/**
 * Tests the rules of the pack in `packFolder` (rule files there, or in its rules/; fixtures in fixtures/
 * beside the rule files or beside rules/). Throws UsageError when the pack itself is invalid.
 */
function testRulePack(builtIn, packFolder) {
    const rulesFolder = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(packFolder, 'rules')) ? (0,external_node_path_.join)(packFolder, 'rules') : packFolder;
    const config = config_schema/* ConfigSchema */.S.parse({ extends: [rulesFolder] });
    // The pack is loaded as a scan would load it from `extends:`, with the pack's folder as the root.
    const ruleSet = (0,custom_rules/* withCustomRules */.rf)(builtIn, rulesFolder, { ...config, extends: ['.'] });
    const packRules = ruleSet.rules.filter((rule) => !builtIn.rules.includes(rule));
    const fixtures = [(0,external_node_path_.join)(rulesFolder, 'fixtures'), (0,external_node_path_.join)(packFolder, 'fixtures')].find(isFolder);
    const results = [];
    for (const rule of packRules) {
        for (const { tool } of rule.detect) {
            for (const kind of ['positive', 'negative']) {
                const folder = fixtures && (0,external_node_path_.join)(fixtures, rule.id, tool, kind);
                const shown = `fixtures/${rule.id}/${tool}/${kind}/`;
                if (!folder || !isFolder(folder)) {
                    results.push({
                        rule: rule.id,
                        tool,
                        kind,
                        passed: false,
                        message: `${shown} is missing. Add a fixture folder.`,
                    });
                    continue;
                }
                results.push({ rule: rule.id, tool, kind, ...judge(ruleSet, folder, rule.id, tool, kind) });
            }
        }
    }
    return results;
}
function judge(ruleSet, folder, id, tool, kind) {
    const report = (0,scan/* scan */.SQ)(folder, { ruleSet });
    const practice = report.practices.find((candidate) => candidate.id === id);
    if (!practice)
        return { passed: false, message: `no practice ${id} in the report` };
    const found = practice.tools.includes(tool);
    const where = practice.evidence
        .filter((item) => item.tool === tool)
        .map((item) => `${item.path}:${item.line}`);
    if (kind === 'negative') {
        return found
            ? { passed: false, message: `found ${tool} in the negative fixture at ${where.join(', ')}` }
            : { passed: true, message: `${tool} not found` };
    }
    if (!report.isMlProject && practice.status === 'not-applicable') {
        return {
            passed: false,
            message: 'the fixture is not an ML project. Add an ML library (e.g. scikit-learn in requirements.txt).',
        };
    }
    if (practice.status !== 'pass' || !found) {
        return { passed: false, message: `${tool} not found (${practice.status}: ${practice.message})` };
    }
    const outside = practice.evidence.find((item) => !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, item.path)));
    if (outside)
        return { passed: false, message: `evidence ${outside.path} is not a file of the fixture` };
    return { passed: true, message: `found at ${where.join(', ')}` };
}
function isFolder(path) {
    return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

;// CONCATENATED MODULE: ./src/rule-pack/rules-test-command.ts
// `mlops-maturity rules test [dir]`: runs a rule pack's positive and negative fixtures.





const RULES_TEST_HELP = `Usage: mlops-maturity rules test [dir] [--format text|json]

Runs the fixtures of the rule pack in dir (default: .mlops-maturity/rules when present, else .): for each
detector, fixtures/<rule-id>/<tool>/positive/ must pass with that tool and .../negative/ must not find it.
Exit codes: 0 all pass, 1 a fixture failed, 2 the pack is invalid.
`;
function runRulesTest(argv, io) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        const option = /Unknown option '([^']+)'/.exec(error.message)?.[1];
        throw new usage_error/* UsageError */.e(`rules test: ${option ? `unknown option "${option}"` : error.message}. Run mlops-maturity rules test --help.`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(RULES_TEST_HELP);
        return 0;
    }
    if (positionals.length > 1)
        throw new usage_error/* UsageError */.e(`rules test takes one folder, got also "${positionals[1]}".`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new usage_error/* UsageError */.e(`--format must be text or json for rules test, got "${format}".`);
    const folder = positionals[0] ?? ((0,external_node_fs_.existsSync)('.mlops-maturity/rules') ? '.mlops-maturity/rules' : '.');
    if (!(0,external_node_fs_.existsSync)(folder))
        throw new usage_error/* UsageError */.e(`rules test: "${folder}" does not exist. Give the rule pack's folder.`);
    const results = testRulePack((0,load_rules/* loadRules */.A7)(), folder);
    if (results.length === 0)
        throw new usage_error/* UsageError */.e(`rules test: no rule files (*.yml) in "${folder}".`);
    const failed = results.filter((result) => !result.passed);
    if (format === 'json')
        io.stdout.write(`${JSON.stringify({ passed: failed.length === 0, results }, null, 2)}\n`);
    else {
        for (const result of results) {
            io.stdout.write(`${result.passed ? '✓' : '✗'} ${result.rule} ${result.tool} ${result.kind}: ${result.message}\n`);
        }
        io.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed\n`);
    }
    return failed.length === 0 ? 0 : 1;
}
function parse(argv) {
    return (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
}


/***/ })

};
