export const id = 752;
export const ids = [752];
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

/***/ 4752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderConfigJsonSchema: () => (/* binding */ renderConfigJsonSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(484);
// The JSON Schema of .mlops-maturity.yml, generated from the zod schema so editors can complete the file.


function renderConfigJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigSchema */ .S, { io: 'input', target: 'draft-7' });
    return `${JSON.stringify({ ...schema, title: 'mlops-maturity configuration' }, null, 2)}\n`;
}


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


/***/ })

};
