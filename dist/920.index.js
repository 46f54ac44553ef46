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
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7426);
/* harmony import */ var _path_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2111);
/* harmony import */ var _skipped_folders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9520);
// The listing of a tree git does not list: every regular file, with the .gitignore files at every level
// applied as git applies them. Symlinks, FIFOs, sockets and devices are not listed, and a folder that
// cannot be listed (no permission, a path past the system's length limit) gives a diagnostic rather than
// vanishing. Loaded on demand (list-files.ts): the .gitignore rules stay out of the start-up of a scan of a
// git work tree.





function walkTree(root) {
    const paths = [];
    const diagnostics = [];
    // A stack, not recursion: a hostile tree can nest folders thousands deep.
    const folders = [''];
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        let entries;
        try {
            // Names as bytes: one that is not UTF-8 is decoded so it still opens (path-bytes.ts).
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,_path_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .fsName */ .x)(folder === '' ? root : `${root}/${folder}`), {
                withFileTypes: true,
                encoding: 'buffer',
            });
        }
        catch (error) {
            const code = error.code ?? 'error';
            diagnostics.push({
                path: folder === '' ? '.' : folder,
                message: `folder could not be listed (${code}); the files below it are not counted.`,
            });
            continue;
        }
        for (const entry of entries) {
            const name = (0,_path_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeName */ .e4)(entry.name);
            const path = folder === '' ? name : `${folder}/${name}`;
            if (entry.isDirectory()) {
                if (!(0,_skipped_folders_js__WEBPACK_IMPORTED_MODULE_3__/* .isSkippedFolderName */ .A9)(name))
                    folders.push(path);
            }
            else if (entry.isFile()) {
                paths.push(path);
            }
        }
    }
    return { paths: filterGitignored(root, paths, diagnostics), diagnostics };
}
/** Far above any real .gitignore; every listed path is tested against every pattern of every one. */
const MAX_GITIGNORE_BYTES = 64 * 1024;
/** Applies each folder's .gitignore to the paths below it, as git does. */
function filterGitignored(root, paths, diagnostics) {
    const ignoreFiles = paths.filter((path) => path === '.gitignore' || path.endsWith('/.gitignore'));
    if (ignoreFiles.length === 0)
        return paths;
    const reader = new _file_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .FileReader */ .qg(root);
    const matchers = [];
    for (const file of ignoreFiles) {
        const read = reader.readRaw(file, MAX_GITIGNORE_BYTES);
        if (read.status === 'skipped' && read.reason === 'too-large')
            diagnostics.push({
                path: file,
                message: 'larger than 64 KiB; not applied, so the files it names are scanned.',
            });
        if (read.status !== 'bytes')
            continue;
        const folder = file.slice(0, file.length - '.gitignore'.length);
        matchers.push({ folder, matcher: ignore__WEBPACK_IMPORTED_MODULE_1___default()().add((0,_file_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBytes */ .yj)(read.bytes)) });
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
