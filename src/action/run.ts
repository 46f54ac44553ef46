// The GitHub Action: until the pull-request comment lands, it scans and writes the text report to the log.
import * as core from '@actions/core';
import { renderText } from '../report/text.js';
import { scan } from '../scan.js';

export async function run(): Promise<void> {
  try {
    const path = core.getInput('path') || '.';
    const report = scan(path);
    core.info(renderText(report, { color: false }));
  } catch (error) {
    core.setFailed((error as Error).message);
  }
}
