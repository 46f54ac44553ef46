export const id = 280;
export const ids = [280];
export const modules = {

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
