// GitHub Actions run the same commands as CI here: .ci/run (ending in npm test) on pull requests, npm run build to deploy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runs = (w: Workflow) => steps(w).flatMap((step) => (step.run ? [step.run.trim()] : []));
const action = (w: Workflow, name: string) => steps(w).find((step) => step.uses?.startsWith(`${name}@`));

describe('.ci/run', () => {
  it('.ci/run ends by running npm test, the README test command', () => {
    const commands = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(commands.at(-1)).toBe('npm test');
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');

  it('runs on every pull request and on pushes to main', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push).toEqual({ branches: ['main'] });
  });

  it('checks out, sets up Node 20 on ubuntu-latest, then runs bash .ci/run and nothing else', () => {
    expect(ci.jobs.test?.['runs-on']).toBe('ubuntu-latest');
    expect(action(ci, 'actions/checkout')).toBeDefined();
    expect(action(ci, 'actions/setup-node')?.with?.['node-version']).toBe(20);
    expect(runs(ci)).toEqual(['bash .ci/run']);
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');

  it('deploys on pushes to main', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
  });

  it('builds with npm install then npm run build, the same scripts as everywhere else', () => {
    expect(runs(deploy)).toEqual(['npm install --no-audit --no-fund', 'npm run build']);
    expect(action(deploy, 'actions/setup-node')?.with?.['node-version']).toBe(20);
  });

  it('uploads dist/ with its dot-folders, so /.well-known/security.txt is published', () => {
    expect(action(deploy, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist', 'include-hidden-files': true });
  });

  it('deploys with the Pages permissions, one deployment at a time', () => {
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(deploy.jobs.deploy?.needs).toBe('build');
    expect(deploy.jobs.deploy?.environment?.name).toBe('github-pages');
    expect(action(deploy, 'actions/deploy-pages')).toBeDefined();
  });
});
