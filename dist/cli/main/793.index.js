export const id = 793;
export const ids = [793];
export const modules = {

/***/ 793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   badgeOf: () => (/* binding */ badgeOf),
/* harmony export */   renderBadge: () => (/* binding */ renderBadge)
/* harmony export */ });
/** Colours by phase, from red (ad hoc) to bright green (operations at scale). */
const PHASE_COLORS = ['red', 'orange', 'yellowgreen', 'brightgreen'];
function badgeOf(report) {
    if (!report.isMlProject)
        return { schemaVersion: 1, label: 'MLOps maturity', message: 'not an ML project', color: 'lightgrey' };
    const score = report.score === null ? '' : ` · ${report.score}`;
    return {
        schemaVersion: 1,
        label: 'MLOps maturity',
        message: `phase ${report.phase.current}${score}`,
        color: PHASE_COLORS[report.phase.current] ?? 'lightgrey',
    };
}
function renderBadge(report) {
    return `${JSON.stringify(badgeOf(report), null, 2)}\n`;
}


/***/ })

};
