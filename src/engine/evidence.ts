// Turns a fact into the evidence a report shows: where it is and a short description of what it is.
import type { Fact } from '../facts/model.js';
import type { Evidence } from '../report/model.js';

const MAX_DETAIL = 120;

export function evidenceOf(fact: Fact, tool: string): Evidence {
  const evidence: Evidence = {
    path: fact.path,
    line: fact.line,
    tool,
    kind: fact.kind,
    detail: clip(describe(fact)),
  };
  if (fact.cell !== undefined) evidence.cell = fact.cell;
  return evidence;
}

export function fileEvidence(path: string, tool: string): Evidence {
  return { path, line: 1, tool, kind: 'file', detail: path.slice(path.lastIndexOf('/') + 1) };
}

function describe(fact: Fact): string {
  switch (fact.kind) {
    case 'dependency':
      return fact.group ? `${fact.requirement} (${fact.group})` : fact.requirement;
    case 'import':
      // The fact keeps the full dotted name, whichever import form was written.
      return `imports ${fact.module}`;
    case 'call':
      return `${fact.callee}(${['…', ...fact.keywords.map((keyword) => `${keyword}=`)].join(', ')})`;
    case 'route':
      return `${fact.methods.length > 0 ? fact.methods.join('|') : 'ANY'} ${fact.route}`;
    case 'manifest':
      return `${fact.objectKind}${fact.name ? ` ${fact.name}` : ''} (${fact.apiVersion})`;
    case 'image':
      return `image ${fact.reference}`;
    case 'command':
      return fact.command;
    case 'ci':
      return fact.uses ? `uses ${fact.uses}` : `${fact.system} pipeline`;
    case 'signal':
      return fact.detail ? `${fact.signal}: ${fact.detail}` : fact.signal;
  }
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}
