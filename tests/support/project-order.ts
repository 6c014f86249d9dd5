import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order files start in: vitest's own (files that took longest last time first, else the
 * largest), but projects in this order rather than by name. The CMS test is one long file whose
 * tests must run one after another; by name it started after the browser files and could be the
 * last file running, on one core, at the end of `npm test`.
 */
const PROJECTS = ['cms', 'browser', 'deploy', 'site', 'content', 'unit'];

export default class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => PROJECTS.indexOf(spec.project.name);
    // Array sort is stable: within a project, vitest's order stays.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
