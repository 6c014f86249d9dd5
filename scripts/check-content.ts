// Validates all content without building the site: `npm run check`; `npm run check -- --strict`
// also fails on warnings (Lao translations still to do, placeholders left by `npm run new`).
// The same loaders and checks as a build (src/loaders), run directly: nothing is written.
import { loadDirectly } from '../src/loaders/load-directly.ts';
import { checkAssets, formatAssetProblems } from '../src/integrations/asset-check.ts';
import { formatProblems } from '../src/validation/problems.ts';
import { contentWarnings, formatWarnings } from '../src/validation/warnings.ts';

const strict = process.argv.includes('--strict');
const session = await loadDirectly();
const images = checkAssets('.');
const warnings = contentWarnings(session);

if (session.problems.length > 0) console.error(formatProblems(session.problems));
if (images.length > 0) console.error(formatAssetProblems(images));
if (session.problems.length + images.length === 0) console.log('Nội dung hợp lệ: không có lỗi.');
console.log(`\n${formatWarnings(warnings, strict)}`);

const warned = warnings.translations.length + warnings.placeholders.length > 0;
process.exit(session.problems.length + images.length > 0 || (strict && warned) ? 1 : 0);
