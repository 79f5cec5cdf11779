/**
 * The environment a user's shell would have: vitest exports NODE_ENV=test, MODE, BASE_URL and its
 * own VITEST_* variables, which would change how Astro and Vite behave in a child process.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}
