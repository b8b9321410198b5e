// `.code-snippets` files are JSON; scripts/build.mjs bundles them with esbuild's json loader.
declare module '*.code-snippets' {
  const snippets: Record<string, unknown>;
  export default snippets;
}
