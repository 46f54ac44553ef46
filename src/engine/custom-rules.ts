// A team's own rules beside the built-in ones: .mlops-maturity/rules/*.yml in the scanned repository and
// the rule packs the configuration's `extends:` names (a folder in the repository, or an npm package
// installed in its node_modules). Rule files are data: they are parsed, validated and never run.
import { closeSync, lstatSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Config } from '../config/config-schema.js';
import { openRegularFile } from '../repo/safe-open.js';
import type { RuleSet } from './load-rules.js';
import type { CustomRule, Rule, Tool } from './rule-schema.js';
import { UsageError } from './usage-error.js';
import { validation } from './validation.js';

/** Where a repository keeps rules of its own. */
export const LOCAL_RULES_DIR = '.mlops-maturity/rules';
/** A rule file is a page of YAML; anything larger is not one. */
const MAX_RULE_BYTES = 256 * 1024;
const MAX_RULE_FILES = 200;

export interface RulePack {
  /** How the pack is named in messages: `.mlops-maturity/rules` or the `extends:` entry. */
  label: string;
  /** Absolute folder holding the rule files (and `fixtures/`). */
  folder: string;
}

/**
 * The built-in rules with the repository's own rules and its `extends:` packs added. Returns `builtIn`
 * itself when there are none. Throws UsageError naming the file and field for anything invalid.
 */
export function withCustomRules(
  builtIn: RuleSet,
  root: string,
  config: Config,
  configPath?: string,
): RuleSet {
  const packs = findRulePacks(root, config.extends, configPath);
  const ruleSet =
    packs.length === 0
      ? builtIn
      : addRules(
          builtIn,
          packs.flatMap((pack) => readPack(pack, root)),
        );
  checkOverrides(ruleSet, config, configPath);
  return ruleSet;
}

/** The packs a scan of `root` uses, in order: `extends:` entries first, the repository's own folder last. */
export function findRulePacks(root: string, extendsList: readonly string[], configPath?: string): RulePack[] {
  const where = configPath ?? '.mlops-maturity.yml';
  const packs = extendsList.map((entry, index) => resolvePack(root, entry, `${where}: extends[${index}]`));
  const local = join(root, LOCAL_RULES_DIR);
  if (isFolder(local))
    packs.push({ label: LOCAL_RULES_DIR, folder: insideRoot(root, local, LOCAL_RULES_DIR) });
  return packs;
}

function resolvePack(root: string, entry: string, where: string): RulePack {
  const isPath = entry.startsWith('.') || entry.startsWith('/');
  if (isPath) {
    const folder = resolve(root, entry);
    if (!isFolder(folder))
      throw new UsageError(
        `${where}: "${entry}" is not a folder. Give a folder of rule files inside the repository.`,
      );
    const inside = insideRoot(root, folder, `${where} "${entry}"`);
    return { label: entry, folder: isFolder(join(inside, 'rules')) ? join(inside, 'rules') : inside };
  }
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(entry)) {
    throw new UsageError(`${where}: "${entry}" is neither a path (./folder) nor an npm package name.`);
  }
  const packageFolder = join(root, 'node_modules', ...entry.split('/'));
  if (!isFolder(packageFolder)) {
    throw new UsageError(
      `${where}: package "${entry}" is not installed. Run npm install ${entry} in the repository first.`,
    );
  }
  const inside = insideRoot(root, packageFolder, `${where} "${entry}"`);
  return { label: entry, folder: join(inside, packageRulesFolder(inside, where)) };
}

/** A package names its rules folder in package.json (`"mlops-maturity": { "rules": "rules" }`); else rules/ or its root. */
function packageRulesFolder(folder: string, where: string): string {
  try {
    const manifest = JSON.parse(readSmallFile(join(folder, 'package.json'), where)) as {
      'mlops-maturity'?: { rules?: unknown };
    };
    const named = manifest['mlops-maturity']?.rules;
    if (typeof named === 'string' && !named.split(/[\\/]/).includes('..')) return named;
  } catch {
    // No or unreadable package.json: fall back to the conventional layout.
  }
  return isFolder(join(folder, 'rules')) ? 'rules' : '.';
}

function readPack(pack: RulePack, root: string): { rule: CustomRule; where: string }[] {
  let names: string[];
  try {
    names = readdirSync(pack.folder)
      .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
      .sort();
  } catch (error) {
    throw new UsageError(`${pack.label}: cannot be read (${(error as NodeJS.ErrnoException).code}).`);
  }
  if (names.length > MAX_RULE_FILES) {
    throw new UsageError(
      `${pack.label}: ${names.length} rule files, more than ${MAX_RULE_FILES}. Split the pack.`,
    );
  }
  return names.map((name) => {
    const path = join(pack.folder, name);
    const where = displayPath(root, path);
    return { rule: validation().parseCustomRule(readSmallFile(path, where), where), where };
  });
}

function addRules(builtIn: RuleSet, custom: { rule: CustomRule; where: string }[]): RuleSet {
  const tools: Record<string, Tool> = { ...builtIn.tools };
  const seen = new Map<string, string>();
  const replaced = new Set<string>();
  for (const { rule, where } of custom) {
    const earlier = seen.get(rule.id);
    if (earlier)
      throw new UsageError(
        `${where}: id "${rule.id}" is also defined in ${earlier}. Give each rule its own id.`,
      );
    seen.set(rule.id, where);
    const isBuiltIn = builtIn.rules.some((candidate) => candidate.id === rule.id);
    if (isBuiltIn && rule.replaces !== rule.id) {
      throw new UsageError(
        `${where}: id "${rule.id}" is a built-in practice. Pick another id, or add "replaces: ${rule.id}" to replace the built-in rule.`,
      );
    }
    if (rule.replaces) {
      if (replaced.has(rule.replaces))
        throw new UsageError(`${where}: replaces "${rule.replaces}", which another rule already replaces.`);
      replaced.add(rule.replaces);
    }
    for (const [id, tool] of Object.entries(rule.tools ?? {})) {
      if (builtIn.tools[id]) {
        throw new UsageError(
          `${where}: tools.${id} is a built-in tool. Remove it from tools: and use it as it is.`,
        );
      }
      tools[id] = {
        name: tool.name,
        url: tool.url ?? 'https://example.invalid/',
        'ml-specific': false,
        cost: tool.cost,
      };
    }
    rule.detect.forEach((detector, index) => {
      if (!tools[detector.tool]) {
        throw new UsageError(
          `${where}: detect[${index}].tool "${detector.tool}" is neither a built-in tool nor in this file's tools:. Add it under tools:.`,
        );
      }
    });
  }
  const customRules: Rule[] = custom.map(({ rule }) => {
    const { replaces: _replaces, tools: _tools, ...plain } = rule;
    return plain;
  });
  // A replacement takes the built-in's place in the report; other custom rules follow the built-in ones.
  const rules: Rule[] = [];
  for (const rule of builtIn.rules) {
    if (!replaced.has(rule.id)) rules.push(rule);
    else {
      const replacement = customRules.find((_, index) => custom[index]?.rule.replaces === rule.id);
      if (replacement) rules.push(replacement);
    }
  }
  rules.push(...customRules.filter((_, index) => !custom[index]?.rule.replaces));
  return { ...builtIn, rules, tools };
}

/** The config's `practices:` may name custom rules too, so its ids are checked once every rule is known. */
function checkOverrides(ruleSet: RuleSet, config: Config, configPath?: string): void {
  for (const id of Object.keys(config.practices)) {
    if (!ruleSet.rules.some((rule) => rule.id === id)) {
      const known = ruleSet.rules.map((rule) => rule.id).join(', ');
      throw new UsageError(
        `${configPath ?? '.mlops-maturity.yml'}: practices.${id} is not a practice. Pick one of ${known}.`,
      );
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory() || realpathIsFolder(path);
  } catch {
    return false;
  }
}

function realpathIsFolder(path: string): boolean {
  return lstatSync(realpathSync(path)).isDirectory();
}

/** The real path of `folder`, which must lie inside the repository: a pack is never read from elsewhere. */
function insideRoot(root: string, folder: string, where: string): string {
  const realRoot = realpathSync(root);
  const real = realpathSync(folder);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new UsageError(
      `${where}: resolves outside the repository. Keep rule packs inside it (or in its node_modules).`,
    );
  }
  return real;
}

/**
 * Regular files only (no FIFO, device, symlink or hard link), small: rule files are the repository's, so
 * hostile. Opened through the repo layer's safe open: non-blocking, then checked.
 */
function readSmallFile(path: string, where: string): string {
  const opened = openRegularFile(path);
  if (opened.status !== 'open')
    throw new UsageError(`${where}: not a regular file. Rule files must be plain files, not links.`);
  try {
    if (opened.size > MAX_RULE_BYTES)
      throw new UsageError(`${where}: larger than ${MAX_RULE_BYTES >> 10} KiB. Split the rule file.`);
    const buffer = Buffer.alloc(opened.size);
    let length = 0;
    for (let count = -1; count !== 0 && length < buffer.length; length += count)
      count = readSync(opened.fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(opened.fd);
  }
}

function displayPath(root: string, path: string): string {
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {}
  const shown = relative(realRoot, path).split(sep).join('/');
  return shown.startsWith('..') ? path : shown;
}
