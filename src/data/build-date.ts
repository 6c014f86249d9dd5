/**
 * The day the site is built: "today" for statuses (planned / no report yet). BUILD_DATE
 * (YYYY-MM-DD) fixes it, for reproducible builds and tests.
 */
export const buildDate: string = (() => {
  const fixed = process.env.BUILD_DATE;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
})();
