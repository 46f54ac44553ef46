// Next steps for the next phase, fitted to the team's size and budget and to the tools it already uses.
import type { RuleSet } from '../engine/load-rules.js';
import type { AdviceCatalog, Budget, Rule, TeamSize } from '../engine/rule-schema.js';
import type { AdviceItem, AdviceNote, PracticeResult } from '../report/model.js';
import type { Maturity, Requirement } from '../score/maturity.js';

export interface Profile {
  teamSize: TeamSize;
  budget: Budget;
}

export interface Advice {
  items: AdviceItem[];
  /** Tools the guide warns are too heavy for this team yet. */
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
): Advice {
  const inUse = new Set(practices.flatMap((practice) => practice.tools));
  const toolName = (tool: string) => ruleSet.tools[tool]?.name ?? tool;
  const items = maturity.phase.missing.map((requirement) =>
    adviseRequirement(requirement, ruleSet.rules.find((rule) => rule.id === requirement.practice)!),
  );

  function adviseRequirement(requirement: Requirement, rule: Rule): AdviceItem {
    const candidates = requirement.advancedTools ?? rule.detect.map((detector) => detector.tool);
    const used = candidates.find((tool) => inUse.has(tool));
    const recommended = catalog.practices[rule.id]?.recommend[profile.teamSize][profile.budget];
    // For a phase-3 upgrade, the large-team pick is the reference; a tool too heavy for this team comes last.
    const largePick = catalog.practices[rule.id]?.recommend.large[profile.budget];
    const heavyForTeam = catalog['not-yet'][profile.teamSize];
    const fallback =
      (largePick && candidates.includes(largePick) && !heavyForTeam[largePick] ? largePick : undefined) ??
      candidates.find((candidate) => !heavyForTeam[candidate]) ??
      candidates[0]!;
    const tool = used ?? (recommended && candidates.includes(recommended) ? recommended : fallback);
    const trade = ruleSet.tools[tool]?.['trade-offs'];
    const why = used
      ? `You already use ${toolName(tool)}; extending it costs less than adding a tool.`
      : (trade ?? rule.why);
    return {
      practice: rule.id,
      title: rule.title,
      tool,
      toolName: toolName(tool),
      basis: used ? 'builds-on' : 'recommended',
      ...(requirement.advancedTools ? { upgrade: true } : {}),
      why,
      firstStep: catalog.practices[rule.id]?.['first-steps'][tool] ?? rule.remediation.text,
      effort: rule.remediation.effort,
    };
  }

  const heavy = catalog['not-yet'][profile.teamSize];
  const notYet = Object.entries(heavy)
    .filter(([tool]) => !inUse.has(tool))
    .map(([tool, reason]) => ({ tool, toolName: toolName(tool), reason }));

  const notes: string[] = [];
  for (const [tool, reason] of Object.entries(heavy)) {
    if (inUse.has(tool))
      notes.push(
        `You use ${toolName(tool)}; for a team of ${TEAM_LABELS[profile.teamSize]} the guide warns: ${reason}`,
      );
  }
  const advancedInUse = ruleSet.rules.flatMap((rule) =>
    rule.detect
      .filter((detector) => detector.advanced && inUse.has(detector.tool))
      .map((detector) => detector.tool),
  );
  if (maturity.phase.current < 2) {
    for (const tool of new Set(advancedInUse)) {
      if (heavy[tool]) continue;
      notes.push(
        `${toolName(tool)} belongs to phase 3 of the guide's migration; the phase ${maturity.phase.current + 1} practices listed here come first.`,
      );
    }
  }
  return { items, notYet, notes };
}
