// Validates all content without building the site: `npm run check`; `npm run check -- --strict`
// also fails on warnings (Lao translations still to do, placeholders left by `npm run new`).
// The same loaders and checks as a build (src/loaders), run directly: nothing is written.
import { loadDirectly } from '../src/loaders/load-directly.ts';
import { checkAssets, formatAssetProblems } from '../src/integrations/asset-check.ts';
import { formatProblems } from '../src/validation/problems.ts';
import { contentWarnings, formatWarnings } from '../src/validation/warnings.ts';
import type { Command } from './command.ts';

export const checkCommand: Command = async (args, root, out) => {
  const strict = args.includes('--strict');
  const session = await loadDirectly(root);
  const images = checkAssets(root);
  const warnings = contentWarnings(session);

  if (session.problems.length > 0) out.error(formatProblems(session.problems));
  if (images.length > 0) out.error(formatAssetProblems(images));
  if (session.problems.length + images.length === 0) out.log('Nội dung hợp lệ: không có lỗi.');
  out.log(`\n${formatWarnings(warnings, strict)}`);

  const warned = warnings.translations.length + warnings.placeholders.length > 0;
  return session.problems.length + images.length > 0 || (strict && warned) ? 1 : 0;
};

if (import.meta.main) process.exit(await checkCommand(process.argv.slice(2), process.cwd(), console));
