// Cloud resources declared as code: Terraform `resource` blocks and CloudFormation `Type: AWS::...`
// entries. A SageMaker endpoint or a model package group declared this way is as real as one created
// from Python. Each becomes a manifest fact whose apiVersion names the language (`terraform/aws`,
// `cloudformation/aws`), so rules match them as `terraform/aws_sagemaker_endpoint` or
// `cloudformation/AWS::SageMaker::Endpoint`.
// https://developer.hashicorp.com/terraform/language/resources/syntax
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html

import type { Extraction, Extractor, Fact, SourceFile } from '../model.js';

// `resource "aws_sagemaker_endpoint" "this" {` at the start of a line: comments and strings never match.
const TERRAFORM_RESOURCE = /^[ \t]*resource[ \t]+"([A-Za-z][A-Za-z0-9_-]*)"[ \t]+"([^"]*)"/;
// `Type: AWS::SageMaker::Endpoint` (YAML) or `"Type": "AWS::SageMaker::Endpoint"` (JSON).
const CLOUDFORMATION_TYPE =
  /^[ \t]*(?:"Type"|Type)[ \t]*:[ \t]*["']?((?:AWS|Alexa)::[A-Za-z0-9]+::[A-Za-z0-9:]+)["']?[ \t]*,?[ \t]*$/;
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
// JSON templates are read only when their name says so: most JSON files of a repository are data.
const JSON_TEMPLATE_NAME = /template|cloudformation|cfn|stack/i;

export const infrastructureCodeExtractor: Extractor = {
  name: 'infrastructure-code',
  claims: (_path, baseName) => {
    const lower = baseName.toLowerCase();
    if (lower.endsWith('.tf') || lower.endsWith('.yaml') || lower.endsWith('.yml')) return true;
    return (lower.endsWith('.json') || lower.endsWith('.template')) && JSON_TEMPLATE_NAME.test(baseName);
  },
  extensions: ['tf', 'yaml', 'yml', 'json', 'template'],
  // Only files naming a Terraform resource or a CloudFormation type are looked at line by line.
  mayMatterBytes: (bytes) => bytes.includes('AWS::') || bytes.includes('resource'),
  extract: extractInfrastructure,
};

function extractInfrastructure({ path, text }: SourceFile): Extraction {
  const facts: Fact[] = [];
  const isTerraform = path.toLowerCase().endsWith('.tf');
  if (!isTerraform && !text.includes('AWS::')) return { facts, diagnostics: [] };
  // Block comments keep their line breaks, so lines stay where they were.
  const code = isTerraform ? text.replace(BLOCK_COMMENT, (comment) => comment.replace(/[^\n]/g, ' ')) : text;
  const lines = code.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isTerraform) {
      const match = TERRAFORM_RESOURCE.exec(line);
      if (!match) continue;
      const type = match[1]!;
      const provider = type.slice(0, type.indexOf('_') === -1 ? type.length : type.indexOf('_'));
      facts.push({
        kind: 'manifest',
        path,
        line: index + 1,
        apiVersion: `terraform/${provider}`,
        objectKind: type,
        ...(match[2] ? { name: match[2] } : {}),
      });
      continue;
    }
    const match = CLOUDFORMATION_TYPE.exec(line);
    if (match) {
      facts.push({
        kind: 'manifest',
        path,
        line: index + 1,
        apiVersion: 'cloudformation/aws',
        objectKind: match[1]!,
      });
    }
  }
  return { facts, diagnostics: [] };
}
