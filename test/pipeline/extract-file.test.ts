import { describe, expect, it } from 'vitest';
import { extractionContextOf } from '../../src/engine/extraction-context.js';
import { loadRules } from '../../src/engine/load-rules.js';
import type { Fact } from '../../src/facts/model.js';
import { extractListedFile, type FileSource } from '../../src/pipeline/extract-file.js';

const context = extractionContextOf(loadRules());

/** The facts one file gives, read from memory as the scan reads it from disk. */
function factsOf(path: string, text: string): Fact[] {
  const source: FileSource = { readRaw: () => ({ status: 'bytes', bytes: Buffer.from(text) }) };
  const outcome = extractListedFile(source, path, context);
  return outcome && 'extractions' in outcome ? outcome.extractions.flatMap(({ facts }) => facts) : [];
}

describe('facts no rule reads are not kept', () => {
  it('keeps the commands that run a tool a rule names, a path to the program included', () => {
    const commands = factsOf(
      'scripts/run.sh',
      '#!/bin/sh\ncd build\necho "dvc repro"\nmake all && dvc repro\n/usr/bin/tensorflow_model_server --port=8500\n',
    )
      .filter((fact) => fact.kind === 'command')
      .map((fact) => (fact.kind === 'command' ? fact.command : ''));
    expect(commands).toEqual(['make all && dvc repro', '/usr/bin/tensorflow_model_server --port=8500']);
  });

  it('keeps the calls a pattern names, `*` any one segment, and no other call of the same library', () => {
    const calls = factsOf(
      'train.py',
      [
        'import tensorflow as tf',
        'from google.cloud import aiplatform',
        'layer = tf.keras.layers.Dense(3)',
        'writer = tf.summary.create_file_writer("logs")',
        'aiplatform.init(project="p", experiment="e")',
        'aiplatform.CustomTrainingJob("t").run(model_display_name="m")',
        'aiplatform.Endpoint("e").predict(instances=[1])',
        '',
      ].join('\n'),
    ).flatMap((fact) => (fact.kind === 'call' ? [fact.callee] : []));
    expect(calls).toEqual([
      'tensorflow.summary.create_file_writer',
      'google.cloud.aiplatform.init',
      'google.cloud.aiplatform.CustomTrainingJob.run',
    ]);
  });

  it('keeps nothing of a script that runs no such tool', () => {
    expect(factsOf('scripts/build.sh', 'cd build\ncmake ..\nmake -j4\necho dvc\n')).toEqual([]);
  });
});
