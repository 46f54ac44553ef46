import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { FileOutcomes, scan } from '../../src/scan.js';
import { useTempTrees } from '../helpers/temp-tree.js';

const tree = useTempTrees('own-packages');
const FILES = {
  'great_expectations/__init__.py': '',
  'great_expectations/core.py':
    'import great_expectations\nfrom great_expectations.data_context import get_context\n',
  'great_expectations/track.py': 'import great_expectations\nimport mlflow\n',
  'app/validate.py': 'import great_expectations as gx\n',
};

describe("a repository's own packages", () => {
  it('are not parsed for, and still never count as evidence', () => {
    const keep = new FileOutcomes();
    const report = scan(tree(FILES), { threads: 1, keep });
    const lookup = keep.listedLookup();
    expect(lookup('great_expectations/core.py')).toBeNull();
    expect(lookup('great_expectations/track.py')).toEqual(
      expect.objectContaining({ extractions: expect.any(Array) }),
    );
    const validation = report.practices.find((practice) => practice.id === 'data-validation');
    expect(validation?.status).not.toBe('pass');
  });

  it("are read as anyone else's in a scan with projects, whose folders judge their own", () => {
    const keep = new FileOutcomes();
    scan(tree(FILES), { threads: 1, keep, config: ConfigSchema.parse({ projects: ['app'] }) });
    expect(keep.listedLookup()('great_expectations/core.py')).toEqual(
      expect.objectContaining({ extractions: expect.any(Array) }),
    );
  });
});
