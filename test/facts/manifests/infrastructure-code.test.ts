import { describe, expect, it } from 'vitest';
import { infrastructureCodeExtractor } from '../../../src/facts/manifests/infrastructure-code.js';

const kinds = (path: string, text: string) =>
  infrastructureCodeExtractor
    .extract({ path, text })
    .facts.map((fact) =>
      fact.kind === 'manifest' ? `${fact.line} ${fact.apiVersion} ${fact.objectKind}` : '',
    );

describe('resources declared as infrastructure code', () => {
  it('are read from Terraform resource blocks, not from comments', () => {
    const text = [
      'resource "aws_sagemaker_endpoint" "this" {',
      '  name = "churn"',
      '}',
      '# resource "aws_sagemaker_pipeline" "x" {',
      '/* resource "aws_sagemaker_model_package_group" "y" {',
      '*/',
      'resource "kubernetes_deployment_v1" "api" {}',
      'data "aws_sagemaker_prebuilt_ecr_image" "image" {}',
    ].join('\n');
    expect(kinds('infra/main.tf', text)).toEqual([
      '1 terraform/aws aws_sagemaker_endpoint',
      '7 terraform/kubernetes kubernetes_deployment_v1',
    ]);
  });

  it('are read from CloudFormation types in YAML and JSON, not from prose', () => {
    const yaml = [
      'Resources:',
      '  Endpoint:',
      '    Type: AWS::SageMaker::Endpoint',
      'Description: uses AWS::SageMaker::Pipeline',
    ].join('\n');
    expect(kinds('cfn/endpoint.yaml', yaml)).toEqual(['3 cloudformation/aws AWS::SageMaker::Endpoint']);
    const json =
      '{\n  "Resources": {\n    "Group": {\n      "Type": "AWS::SageMaker::ModelPackageGroup",\n    }\n  }\n}';
    expect(kinds('cfn/template.json', json)).toEqual([
      '4 cloudformation/aws AWS::SageMaker::ModelPackageGroup',
    ]);
  });

  it('claims Terraform and YAML files, and JSON ones only when named as templates', () => {
    const claims = (path: string) =>
      infrastructureCodeExtractor.claims(path, path.slice(path.lastIndexOf('/') + 1));
    expect(
      ['infra/main.tf', 'cfn/stack.yaml', 'cfn/endpoint-template.json', 'data/rows.json'].map(claims),
    ).toEqual([true, true, true, false]);
  });
});
