// Tests call scan() and listFiles() directly, on trees with and without git: the walk those without git
// need is loaded up front, as scanLoadingWalk() does when a tree needs it.
import { loadTreeWalk } from '../src/repo/list-files.js';

await loadTreeWalk();
