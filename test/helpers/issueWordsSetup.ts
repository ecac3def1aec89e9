/**
 * Jest setup: the UI words issues with a renderer the pane loads beside its first job (src/ui/issueWords.ts);
 * tests that render an issue list directly, without a job, get it loaded first.
 */
import { loadIssueWords } from '../../src/ui/issueWords';

beforeAll(() => loadIssueWords());
