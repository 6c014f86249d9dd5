// Validates all content without building the site: `npm run check`.
import { checkContent } from '../src/validation/check-content.ts';
import { formatProblems } from '../src/validation/problems.ts';

const problems = checkContent('content');
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi.');
