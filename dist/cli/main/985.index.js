export const id = 985;
export const ids = [985];
export const modules = {

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
    category: schemas/* enum */.k5n(rule_schema/* CATEGORIES */.R6),
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
    profile: schemas/* object */.Ikc({ teamSize: schemas/* enum */.k5n(rule_schema/* TEAM_SIZES */.HR), budget: schemas/* enum */.k5n(rule_schema/* BUDGETS */.bJ) }),
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
