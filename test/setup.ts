// Tests call scan() and listFiles() directly, on trees with and without git: the walk those without git
// need is loaded up front, as scanLoadingWalk() does when a tree needs it.
import { loadValidation } from '../src/engine/validation.js';
import { loadTreeWalk } from '../src/repo/list-files.js';

await loadTreeWalk();

// Run from source, the rules have no rules.json beside them and are validated, as configuration files
// and rule packs are: the validation the CLI loads on demand is loaded for every test.
await loadValidation();
