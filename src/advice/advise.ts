// Next steps for the next phase, fitted to the team's size and budget and to the tools it already uses.
import type { RuleSet } from '../engine/load-rules.js';
import type { Budget, TeamSize } from '../engine/rule-constants.js';
import type { AdviceCatalog, Rule } from '../engine/rule-schema.js';
import type { AdviceItem, AdviceNote, PracticeResult } from '../report/model.js';
import type { Maturity, Requirement } from '../score/maturity.js';
import { fitSnippet } from './fit-snippet.js';
import type { RepositoryShape } from './repository-shape.js';

export interface Profile {
  teamSize: TeamSize;
  budget: Budget;
}

export interface Advice {
  items: AdviceItem[];
  /** Tools the guide warns are too heavy for this team yet (none that the advice itself names). */
  notYet: AdviceNote[];
  /** Remarks on tools in use that belong to a later phase or a larger team's stack. */
  notes: string[];
}

const TEAM_LABELS: Record<TeamSize, string> = { small: '1–5', medium: '6–20', large: '20+' };

export function advise(
  ruleSet: RuleSet,
  catalog: AdviceCatalog,
  practices: readonly PracticeResult[],
  maturity: Maturity,
  profile: Profile,
  shape?: RepositoryShape,
): Advice {
  const toolName = (tool: string) => ruleSet.tools[tool]?.name ?? tool;
  const inUse = new Set(practices.flatMap((practice) => practice.tools));
  // A tool "in use" for this practice's area: MLflow tracking makes MLflow the registry to extend, but
  // does not make `mlflow models serve` the health check to add.
  const inUseByCategory = new Map<string, Set<string>>();
  for (const practice of practices) {
    const tools = inUseByCategory.get(practice.category) ?? new Set<string>();
    for (const tool of practice.tools) tools.add(tool);
    inUseByCategory.set(practice.category, tools);
  }
  const isAffordable = (tool: string) => profile.budget === 'paid' || ruleSet.tools[tool]?.cost !== 'paid';

  const fitted = (text: string, practice: string, tool: string) =>
    shape ? fitSnippet(text, practice, tool, shape) : text;
  const items = maturity.phase.missing.map((requirement) =>
    adviseRequirement(requirement, ruleSet.rules.find((rule) => rule.id === requirement.practice)!),
  );

  function adviseRequirement(requirement: Requirement, rule: Rule): AdviceItem {
    const candidates = requirement.advancedTools ?? rule.detect.map((detector) => detector.tool);
    const sameArea = inUseByCategory.get(rule.category) ?? new Set<string>();
    const used = candidates.find((tool) => sameArea.has(tool));
    const recommended = catalog.practices[rule.id]?.recommend[profile.teamSize][profile.budget];
    // A phase-3 upgrade follows the guide's 20+ stack, within the team's budget.
    const largePick = catalog.practices[rule.id]?.recommend.large[profile.budget];
    const fallback =
      (largePick && candidates.includes(largePick) ? largePick : undefined) ??
      candidates.find(isAffordable) ??
      candidates[0]!;
    const tool = used ?? (recommended && candidates.includes(recommended) ? recommended : fallback);
    const why = used
      ? `You already use ${toolName(tool)}; extending it costs less than adding a tool.`
      : (ruleSet.tools[tool]?.['trade-offs'] ?? rule.why);
    return {
      practice: rule.id,
      title: rule.title,
      tool,
      toolName: toolName(tool),
      basis: used ? 'builds-on' : 'recommended',
      ...(requirement.advancedTools ? { upgrade: true } : {}),
      why,
      firstStep: fitted(
        catalog.practices[rule.id]?.['first-steps'][tool] ?? rule.remediation.text,
        rule.id,
        tool,
      ),
      effort: rule.remediation.effort,
    };
  }

  const advised = new Set(items.map((item) => item.tool));
  const heavy = catalog['not-yet'][profile.teamSize];
  const notYet = Object.entries(heavy)
    .filter(([tool]) => !inUse.has(tool) && !advised.has(tool))
    .map(([tool, reason]) => ({ tool, toolName: toolName(tool), reason }));

  const notes: string[] = [];
  const team = TEAM_LABELS[profile.teamSize];
  for (const [tool, reason] of Object.entries(heavy)) {
    if (inUse.has(tool))
      notes.push(`You use ${toolName(tool)}; for a team of ${team} the guide warns: ${reason}`);
  }
  if (maturity.phase.next === 3 && profile.teamSize !== 'large') {
    notes.push(
      `Phase 3 is the guide's stack for teams of 20+; a team of ${team} can stay at phase 2 (set min-phase: 2) until scale demands more.`,
    );
  }
  if (maturity.phase.current < 2) {
    const advancedInUse = ruleSet.rules.flatMap((rule) =>
      rule.detect
        .filter((detector) => detector.advanced && inUse.has(detector.tool))
        .map((detector) => detector.tool),
    );
    for (const tool of new Set(advancedInUse)) {
      if (heavy[tool]) continue;
      notes.push(
        `${toolName(tool)} belongs to phase 3 of the guide's migration; the phase ${maturity.phase.current + 1} practices listed here come first.`,
      );
    }
  }
  return { items, notYet, notes };
}
