// Fits a catalog snippet to the repository: its data folder, training script, package name and install
// command, and drops steps that do not apply (pytest without tests, moving a requirements.txt that is not there).
import type { RepositoryShape } from './repository-shape.js';

export function fitSnippet(text: string, practice: string, tool: string, shape: RepositoryShape): string {
  let fitted = text
    .replaceAll('"churn"', `"${shape.name}"`)
    .replaceAll('s3://your-bucket/churn', `s3://your-bucket/${shape.name}`)
    .replaceAll('project="churn"', `project="${shape.name}"`);
  if (shape.trainingScript) fitted = fitted.replace(/^# train\.py\b/m, `# ${shape.trainingScript}`);
  if (practice === 'data-versioning' && tool === 'dvc') {
    const folder = shape.dataFolder ?? 'data';
    fitted = fitted
      .replace('dvc add data/raw', `dvc add ${folder}`)
      .replace('git add data/raw.dvc data/.gitignore', `git add ${folder}.dvc ${parentOf(folder)}.gitignore`)
      .replace('Track the raw churn data with DVC', `Track ${folder} with DVC`);
  }
  if (practice === 'ci-cd') {
    const check = shape.hasTests ? 'pytest -q' : 'python -m compileall -q .';
    fitted = fitted
      .replaceAll('pip install -r requirements.txt && pytest -q', `${shape.install} && ${check}`)
      .replaceAll('- pip install -r requirements.txt', `- ${shape.install}`)
      .replaceAll('- pytest -q', `- ${check}`);
  }
  if (practice === 'reproducible-environment' && tool === 'pinned-requirements')
    fitted = fitPinning(fitted, shape);
  return fitted;
}

function fitPinning(text: string, shape: RepositoryShape): string {
  if (shape.requirementsFile === 'pyproject.toml') {
    return [
      'pip install pip-tools',
      'pip-compile pyproject.toml -o requirements.txt   # pins every dependency pyproject.toml declares',
      'git add requirements.txt',
      'pip-sync requirements.txt                        # install exactly the pinned set',
    ].join('\n');
  }
  if (!shape.requirementsFile && shape.condaFile) {
    return [
      'pip install conda-lock',
      `conda-lock lock -f ${shape.condaFile} -p linux-64 -p osx-arm64`,
      'git add conda-lock.yml',
      `conda-lock install -n ${shape.name} conda-lock.yml`,
    ].join('\n');
  }
  return text;
}

function parentOf(folder: string): string {
  const slash = folder.lastIndexOf('/');
  return slash === -1 ? '' : `${folder.slice(0, slash + 1)}`;
}
