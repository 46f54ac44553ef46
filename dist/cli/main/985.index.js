export const id = 985;
export const ids = [985];
export const modules = {

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

/***/ 1985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderReportJsonSchema: () => (/* binding */ renderReportJsonSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/engine/rule-constants.ts
var rule_constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/engine/rule-schema.ts
var rule_schema = __webpack_require__(6556);
;// CONCATENATED MODULE: ./src/report/model.ts
// The report every renderer reads: the JSON contract (schemaVersion 1). Later versions extend it, never rename.



/** A built-in practice id or a custom rule's. */
const PracticeId = rule_schema/* kebabCase */.kW;
const EVIDENCE_KINDS = [
    'dependency',
    'import',
    'call',
    'route',
    'manifest',
    'image',
    'command',
    'ci',
    'signal',
    'file',
];
const EvidenceSchema = schemas/* object */.Ikc({
    /** Repo-relative POSIX path. */
    path: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int().min(1),
    /** 0-based cell index for notebooks; `line` is then within the cell. */
    cell: schemas/* number */.aig().int().min(0).optional(),
    tool: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(EVIDENCE_KINDS),
    detail: schemas/* string */.YjP(),
});
const STATUSES = ['pass', 'fail', 'not-applicable', 'unknown'];
const PracticeResultSchema = schemas/* object */.Ikc({
    id: PracticeId,
    title: schemas/* string */.YjP(),
    category: schemas/* enum */.k5n(rule_constants/* CATEGORIES */.R6),
    phase: schemas/* number */.aig().int(),
    weight: schemas/* number */.aig(),
    status: schemas/* enum */.k5n(STATUSES),
    /** One line saying why the status is what it is. */
    message: schemas/* string */.YjP(),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Display names of `tools`, in the same order. */
    toolNames: schemas/* array */.YOg(schemas/* string */.YjP()),
    evidence: schemas/* array */.YOg(EvidenceSchema),
    /** For `fail`: the lines that came close, and how each fell short ("is not pinned"). */
    nearMiss: schemas/* object */.Ikc({ reason: schemas/* string */.YjP(), evidence: schemas/* array */.YOg(EvidenceSchema) }).optional(),
    /** For `unknown`: the unreadable files that could have proved the practice. */
    hiddenBy: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), line: schemas/* number */.aig().int().min(1).optional() })).optional(),
});
const DiagnosticSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int().min(1).optional(),
    message: schemas/* string */.YjP(),
});
const AdviceItemSchema = schemas/* object */.Ikc({
    practice: PracticeId,
    title: schemas/* string */.YjP(),
    tool: schemas/* string */.YjP(),
    toolName: schemas/* string */.YjP(),
    /** `builds-on`: the team already uses the tool elsewhere; `recommended`: the guide's pick for its profile. */
    basis: schemas/* enum */.k5n(['builds-on', 'recommended']),
    /** True when the practice passes but phase 3 needs a phase-3-grade tool for it. */
    upgrade: schemas/* boolean */.zMY().optional(),
    why: schemas/* string */.YjP(),
    firstStep: schemas/* string */.YjP(),
    effort: schemas/* enum */.k5n(['low', 'medium', 'high']),
});
const AdviceNoteSchema = schemas/* object */.Ikc({ tool: schemas/* string */.YjP(), toolName: schemas/* string */.YjP(), reason: schemas/* string */.YjP() });
const PhaseSchema = schemas/* object */.Ikc({
    current: schemas/* number */.aig().int().min(0).max(3),
    name: schemas/* string */.YjP(),
    next: schemas/* number */.aig().int().min(1).max(3).nullable(),
    nextName: schemas/* string */.YjP().nullable(),
    /** Practice ids the next phase still needs. */
    missing: schemas/* array */.YOg(PracticeId),
});
/** What one project (the repository, or a sub-project of a monorepo) scores. */
const AssessmentSchema = schemas/* object */.Ikc({
    score: schemas/* number */.aig().int().min(0).max(100).nullable(),
    points: schemas/* object */.Ikc({ earned: schemas/* number */.aig(), possible: schemas/* number */.aig(), unknown: schemas/* number */.aig() }),
    phase: PhaseSchema,
    advice: schemas/* array */.YOg(AdviceItemSchema),
    notYet: schemas/* array */.YOg(AdviceNoteSchema),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()),
});
const ProjectReportSchema = AssessmentSchema.extend({
    root: schemas/* string */.YjP(),
    isMlProject: schemas/* boolean */.zMY(),
    practices: schemas/* array */.YOg(PracticeResultSchema),
});
/** One practice whose status differs between the base and the head; `was` is the base's first evidence. */
const StatusChangeSchema = schemas/* object */.Ikc({
    practice: PracticeId,
    from: schemas/* enum */.k5n(STATUSES),
    to: schemas/* enum */.k5n(STATUSES),
    was: EvidenceSchema.optional(),
});
/** The change against a pull request's base commit; `available: false` with a `note` when it could not be scored. */
const DeltaSchema = schemas/* object */.Ikc({
    available: schemas/* boolean */.zMY(),
    note: schemas/* string */.YjP().optional(),
    baseScore: schemas/* number */.aig().nullable().optional(),
    basePhase: schemas/* number */.aig().optional(),
    scoreChange: schemas/* number */.aig().nullable().optional(),
    phaseChange: schemas/* number */.aig().optional(),
    gained: schemas/* array */.YOg(PracticeId).optional(),
    lost: schemas/* array */.YOg(PracticeId).optional(),
    /** Every practice whose status changed, in rule order. */
    changes: schemas/* array */.YOg(StatusChangeSchema).optional(),
});
const ReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('mlops-maturity'), version: schemas/* string */.YjP() }),
    root: schemas/* string */.YjP(),
    isMlProject: schemas/* boolean */.zMY(),
    /** The ML libraries and ML-specific tools that made `isMlProject` true, with one piece of evidence each. */
    mlSignals: schemas/* array */.YOg(EvidenceSchema),
    /**
     * What marks a repository as ML (libraries, model files, ML-specific tools), so a report on a repository
     * without ML can say what it looked for.
     */
    mlLookedFor: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    practices: schemas/* array */.YOg(PracticeResultSchema),
    ...AssessmentSchema.shape,
    profile: schemas/* object */.Ikc({ teamSize: schemas/* enum */.k5n(rule_constants/* TEAM_SIZES */.HR), budget: schemas/* enum */.k5n(rule_constants/* BUDGETS */.bJ) }),
    /** Sub-projects named by the config's `projects` globs, each scored on its own. */
    projects: schemas/* array */.YOg(ProjectReportSchema),
    /** Where thresholds were set: what they are and whether the report meets them. */
    thresholds: schemas/* object */.Ikc({
        failBelow: schemas/* number */.aig().nullable(),
        minPhase: schemas/* number */.aig().nullable(),
        passed: schemas/* boolean */.zMY(),
        reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    }),
    diagnostics: schemas/* array */.YOg(DiagnosticSchema),
    /** Set by the action on pull requests. */
    delta: DeltaSchema.optional(),
    stats: schemas/* object */.Ikc({
        /** When the scan started (ISO 8601 UTC); a roll-up tells stale reports by it. */
        scannedAt: schemas/* string */.YjP().optional(),
        filesListed: schemas/* number */.aig().int(),
        /** Listed files the configuration's `ignore` globs left out; present when it has some. */
        filesIgnored: schemas/* number */.aig().int().optional(),
        filesRead: schemas/* number */.aig().int(),
        bytesRead: schemas/* number */.aig().int(),
        durationMs: schemas/* number */.aig(),
    }),
});

;// CONCATENATED MODULE: ./src/report/report-schema.ts
// The JSON Schema of the JSON report (`scan --format json`), generated from its zod schema in model.ts.


function renderReportJsonSchema() {
    const schema = json_schema_processors/* toJSONSchema */.bl(ReportSchema, { io: 'output', target: 'draft-7' });
    return `${JSON.stringify({ ...schema, title: 'mlops-maturity JSON report (schemaVersion 1)' }, null, 2)}\n`;
}


/***/ })

};
