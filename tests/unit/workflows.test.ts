// GitHub Actions run the same commands as CI here: .ci/run (ending in npm test) on pull requests, npm run build to deploy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { 'runs-on': string; needs?: string; if?: string; permissions?: Record<string, string>; steps: Step[]; environment?: { name: string } }>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
type Job = Workflow['jobs'][string];
const steps = (w: Workflow | Job) => ('jobs' in w ? Object.values(w.jobs).flatMap((job) => job.steps) : w.steps);
const runs = (w: Workflow | Job) => steps(w).flatMap((step) => (step.run ? [step.run.trim()] : []));
const action = (w: Workflow | Job, name: string) => steps(w).find((step) => step.uses?.startsWith(`${name}@`));

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

  it('has two jobs: the tests, and the summary of changes for pull requests', () => {
    expect(Object.keys(ci.jobs)).toEqual(['test', 'changes']);
  });

  it('checks out, sets up Node 20 on ubuntu-latest, then runs bash .ci/run and nothing else', () => {
    const test = ci.jobs.test!;
    expect(test['runs-on']).toBe('ubuntu-latest');
    // Full history, as the deploy has, so the old versions of pages it would publish are tested.
    expect(action(test, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(action(test, 'actions/setup-node')?.with?.['node-version']).toBe(20);
    expect(runs(test)).toEqual(['bash .ci/run']);
  });

  it('keeps the tests read-only: only the changes job may comment', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(ci.jobs.test?.permissions).toBeUndefined();
  });

  describe('the changes job', () => {
    const changes = ci.jobs.changes!;

    it('runs only on pull requests, and may write pull request comments and nothing more', () => {
      expect(changes.if).toBe("github.event_name == 'pull_request'");
      expect(changes.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    });

    it('checks out the full history, so the base branch can be read', () => {
      expect(action(changes, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
      expect(action(changes, 'actions/setup-node')?.with?.['node-version']).toBe(20);
    });

    it('installs, writes the summary against the base branch into changes.md, then posts it as one comment kept up to date', () => {
      expect(runs(changes)).toEqual([
        'npm install --no-audit --no-fund',
        'npm run --silent changes -- --base "origin/$BASE_REF" > changes.md',
        'gh pr comment "$PR" --body-file changes.md --edit-last || gh pr comment "$PR" --body-file changes.md',
      ]);
      const env = Object.assign({}, ...steps(changes).map((step) => step.env ?? {})) as Record<string, string>;
      expect(env).toEqual({ BASE_REF: '${{ github.base_ref }}', GH_TOKEN: '${{ github.token }}', PR: '${{ github.event.pull_request.number }}' });
    });

    it('runs a script package.json has', () => {
      const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
      expect(scripts.changes).toBe('node scripts/changes.ts');
    });
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

  it("checks out the full history, so each page's earlier versions are built", () => {
    expect(action(deploy, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
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
