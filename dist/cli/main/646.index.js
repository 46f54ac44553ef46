export const id = 646;
export const ids = [646];
export const modules = {

/***/ 7646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initConfig: () => (/* binding */ initConfig),
/* harmony export */   terminalQuestions: () => (/* binding */ terminalQuestions)
/* harmony export */ });
/* unused harmony export SCHEMA_URL */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6848);
/* harmony import */ var node_readline_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_readline_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(484);
/* harmony import */ var _config_find_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4410);
/* harmony import */ var _engine_load_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9162);
/* harmony import */ var _engine_rule_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6556);
/* harmony import */ var _engine_usage_error_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8582);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4031);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6661);
// `mlops-maturity init`: writes .mlops-maturity.yml with the team profile and the thresholds the repository
// meets today, so a build gated on it fails only when the score or the phase gets worse.










const SCHEMA_URL = 'https://raw.githubusercontent.com/mlops-maturity/mlops-maturity/main/schema/mlops-maturity.schema.json';
/** Writes the file and returns the line to print. Throws UsageError when a file exists and not `force`. */
async function initConfig(options) {
    const existing = _config_find_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILES */ .n.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.path, name)).filter((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
    if (existing.length > 0 && !options.force) {
        throw new _engine_usage_error_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .neutralizeControls */ .eK)(existing[0])} exists already. Pass --force to overwrite it, or edit it by hand.`);
    }
    // init writes .yml: a .yaml left beside it would make two configuration files in one folder.
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.path, _config_find_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILES */ .n[0]);
    const other = existing.find((candidate) => candidate !== file);
    if (other)
        throw new _engine_usage_error_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .neutralizeControls */ .eK)(other)} exists. Remove it first: init writes ${_config_find_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILES */ .n[0]}.`);
    const teamSize = options.teamSize ?? (await askChoice(options.ask, 'Team size', _engine_rule_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .TEAM_SIZES */ .HR, TEAM_HINT));
    const budget = options.budget ?? (await askChoice(options.ask, 'Budget', _engine_rule_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .BUDGETS */ .bJ, BUDGET_HINT));
    const config = { ..._config_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigSchema */ .S.parse({}), 'team-size': teamSize, budget };
    const report = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .scanLoadingWalk */ .fV)(options.path, { ruleSet: (0,_engine_load_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRules */ .A7)(), config });
    const failBelow = report.isMlProject ? report.score : null;
    const minPhase = report.isMlProject ? report.phase.current : null;
    const lines = [
        '# mlops-maturity configuration: https://github.com/mlops-maturity/mlops-maturity#configuration',
        `$schema: ${SCHEMA_URL}`,
        `team-size: ${teamSize}        # small (1–5 people) | medium (6–20) | large (20+)`,
        `budget: ${budget}             # free | paid: whether paid tools may be advised`,
        '# The score and phase this repository has today: the build fails only if they get worse. Raise them',
        '# as practices are added.',
        failBelow === null ? '# fail-below: 60' : `fail-below: ${failBelow}`,
        minPhase === null ? '# min-phase: 1' : `min-phase: ${minPhase}`,
    ];
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, `${lines.join('\n')}\n`);
    }
    catch (error) {
        const code = error.code;
        throw new _engine_usage_error_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .neutralizeControls */ .eK)(file)}: cannot write (${code}). Pick a writable folder.`);
    }
    const thresholds = failBelow === null
        ? 'no thresholds (not an ML project yet, no score)'
        : `fail-below ${failBelow}, min-phase ${minPhase}`;
    return `Wrote ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .neutralizeControls */ .eK)(file)}: team ${teamSize}, ${budget} tools, ${thresholds}.\n`;
}
const TEAM_HINT = 'small (1–5 people), medium (6–20), large (20+)';
const BUDGET_HINT = 'free tools only, or paid ones too';
async function askChoice(ask, label, choices, hint) {
    if (!ask)
        return choices[0];
    for (;;) {
        const answer = (await ask(`${label}? ${hint} [${choices.join('/')}, default ${choices[0]}]: `))
            .trim()
            .toLowerCase();
        if (answer === '')
            return choices[0];
        const choice = choices.find((candidate) => candidate === answer);
        if (choice)
            return choice;
    }
}
/** Questions on the terminal, for a run whose standard input and output are both one. */
function terminalQuestions(input, output) {
    const lines = (0,node_readline_promises__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input, output });
    return { ask: (question) => lines.question(question), close: () => lines.close() };
}


/***/ })

};
