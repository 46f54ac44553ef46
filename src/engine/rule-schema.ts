// The shape of a rule file in rules/*.yml: one MLOps practice and the facts that show each tool.
import { z } from 'zod';
import { CI_SYSTEMS, SIGNALS } from '../facts/model.js';
import { CATEGORIES, MATCHERS, PRACTICE_IDS } from './rule-constants.js';

export const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lowercase words joined by -)');
const nameList = z.array(z.string().min(1)).min(1);

export const DetectorSchema = z
  .strictObject({
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
    ci: z.array(z.enum(CI_SYSTEMS)).min(1).optional(),
    'ci-uses': nameList.optional(),
    signals: z.array(z.enum(SIGNALS)).min(1).optional(),
    /**
     * Globs over the image of the container a signal guards: a probe or health check on one of these
     * (a database, a queue) is not the service's own.
     */
    'signals-unless-images': nameList.optional(),
    matcher: z.enum(MATCHERS).optional(),
    /** A phase-3-grade tool (Kubeflow, Seldon Core...): phase 3 needs the practice passed with one of these. */
    advanced: z.literal(true).optional(),
  })
  .refine((detector) => Object.keys(detector).filter((key) => key !== 'advanced').length > 1, {
    message:
      'names no facts. Add at least one of dependencies, imports, calls, files, routes, manifests, images, commands, ci, ci-uses, signals or matcher',
  });
export type Detector = z.infer<typeof DetectorSchema>;

/** A rule of any origin; built-in rules (BuiltInRuleSchema) must each be one of PRACTICE_IDS. */
export const RuleSchema = z.strictObject({
  id: kebabCase,
  title: z.string().min(1).max(80),
  category: z.enum(CATEGORIES),
  phase: z.number().int().min(1).max(3),
  weight: z.number().int().min(1).max(10),
  why: z.string().min(1),
  detect: z.array(DetectorSchema).min(1),
  remediation: z.strictObject({ effort: z.enum(['low', 'medium', 'high']), text: z.string().min(1) }),
  limitations: z.string().min(1).optional(),
  /**
   * The practice is about a model (serving, tracking, registry, drift): on a repository with no ML it is
   * not applicable, whatever else is found (a web framework alone is not model serving).
   */
  'needs-model': z.literal(true).optional(),
  /**
   * A tool only declared as a dependency, with no import or call where its detector could see one, still
   * counts. By default such a tool is a weak signal (a transitive pin in a `pip freeze`, a leftover line)
   * and the practice does not pass on it alone.
   */
  'declared-counts': z.literal(true).optional(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const BuiltInRuleSchema = RuleSchema.extend({ id: z.enum(PRACTICE_IDS) });

/** A tool a custom rule pack brings along, shown by name in reports. */
export const CustomToolSchema = z.strictObject({
  name: z.string().min(1),
  url: z.url().optional(),
  cost: z.enum(['free', 'paid', 'freemium']).default('free'),
});

/**
 * A team's or organisation's own rule (.mlops-maturity/rules/*.yml or a pack named by `extends:`): a built-in
 * rule's shape, plus the tools it names that the catalog lacks, and the built-in practice it replaces.
 */
export const CustomRuleSchema = RuleSchema.extend({
  replaces: z.enum(PRACTICE_IDS).optional(),
  tools: z.record(kebabCase, CustomToolSchema).optional(),
});
export type CustomRule = z.infer<typeof CustomRuleSchema>;

export const ToolSchema = z.strictObject({
  name: z.string().min(1),
  url: z.url(),
  /** True for tools only an ML project would use; their presence alone marks a repository as ML. */
  'ml-specific': z.boolean(),
  cost: z.enum(['free', 'paid', 'freemium']),
  'learning-curve': z.enum(['low', 'medium', 'high']).optional(),
  /** The guide's trade-offs in one sentence, shown with advice to adopt the tool. */
  'trade-offs': z.string().min(1).optional(),
});
export type Tool = z.infer<typeof ToolSchema>;

export const ToolCatalogSchema = z.record(kebabCase, ToolSchema);

/**
 * What marks a repository as ML: libraries by distribution and import names, and also calls (`cv2.dnn.*`, a
 * model loaded with joblib and asked to predict) and files (tracked model artifacts, `**\/*.onnx`).
 */
export const MlLibrariesSchema = z.record(
  kebabCase,
  z
    .strictObject({
      dependencies: nameList.optional(),
      imports: nameList.optional(),
      calls: nameList.optional(),
      files: nameList.optional(),
    })
    .refine((entry) => Object.keys(entry).length > 0, {
      message: 'names no facts. Add at least one of dependencies, imports, calls or files',
    }),
);
export type MlLibraries = z.infer<typeof MlLibrariesSchema>;

const toolId = kebabCase;
const byBudget = z.strictObject({ free: toolId, paid: toolId });

/** Per practice: the guide's recommended tool for each team size and budget, and a first step per tool. */
export const PracticeAdviceSchema = z.strictObject({
  recommend: z.strictObject({ small: byBudget, medium: byBudget, large: byBudget }),
  /** A first step a developer can paste, per tool that may be advised for this practice. */
  'first-steps': z.record(toolId, z.string().min(1)),
});

export const AdviceCatalogSchema = z.strictObject({
  /** Keyed by built-in practice id (load-rules checks each key names a rule). */
  practices: z.record(kebabCase, PracticeAdviceSchema),
  /** Per team size: tools the guide warns are too heavy yet, with the reason. */
  'not-yet': z.strictObject({
    small: z.record(toolId, z.string().min(1)),
    medium: z.record(toolId, z.string().min(1)),
    large: z.record(toolId, z.string().min(1)),
  }),
});
export type AdviceCatalog = z.infer<typeof AdviceCatalogSchema>;
