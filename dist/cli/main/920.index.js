export const id = 920;
export const ids = [920];
export const modules = {

/***/ 1920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   walkTree: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5648);
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fast_glob__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _skipped_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9520);
// The listing of a tree git does not list: every file, with the .gitignore files at every level applied as
// git applies them. Loaded on demand (list-files.ts): fast-glob and the .gitignore rules stay out of the
// start-up of a scan of a git work tree.




function walkTree(root) {
    const entries = fast_glob__WEBPACK_IMPORTED_MODULE_1___default().sync('**', {
        cwd: root,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        suppressErrors: true,
        ignore: ['**/.git/**'],
    });
    return filterGitignored(root, entries);
}
/** Applies each folder's .gitignore to the paths below it, as git does. */
function filterGitignored(root, paths) {
    const ignoreFiles = paths.filter((path) => path === '.gitignore' || path.endsWith('/.gitignore'));
    if (ignoreFiles.length === 0)
        return paths;
    const matchers = [];
    for (const file of ignoreFiles) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${root}/${file}`, 'utf8');
        }
        catch {
            continue;
        }
        const folder = file.slice(0, file.length - '.gitignore'.length);
        if (folder.split('/').some(_skipped_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .isSkippedFolderName */ .A9))
            continue;
        matchers.push({ folder, matcher: ignore__WEBPACK_IMPORTED_MODULE_2___default()().add(text) });
    }
    return paths.filter((path) => !matchers.some(({ folder, matcher }) => isIgnoredBelow(path, folder, matcher)));
}
function isIgnoredBelow(path, folder, matcher) {
    if (!path.startsWith(folder))
        return false;
    const relative = path.slice(folder.length);
    // A file is ignored when it or any folder above it (within this .gitignore's folder) is ignored.
    let end = relative.indexOf('/');
    while (end !== -1) {
        if (matcher.ignores(`${relative.slice(0, end)}/`))
            return true;
        end = relative.indexOf('/', end + 1);
    }
    return matcher.ignores(relative);
}


/***/ })

};
