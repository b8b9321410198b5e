// Runs one of the bundled command-line tools (server/out/<name>.js), or says how to build it.
// `flags`: V8 flags the tool runs best with. They must be given when the process starts (set
// later, V8 ignores them): the tool is started again with them, once, unless already given.
// `before`: called in the process that runs the tool (not in one that starts it again), before its bundle loads.
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

module.exports = function launch(name, flags = [], before = undefined) {
  const bundle = path.join(__dirname, '../server/out', `${name}.js`);
  if (!fs.existsSync(bundle)) {
    process.stderr.write(`${name}: not built yet; run \`npm run build\` (npm install does it) in ${path.dirname(__dirname)}\n`);
    process.exit(2);
  }
  const missing = flags.filter((f) => !process.execArgv.some((a) => a.split('=')[0] === f.split('=')[0]));
  if (missing.length > 0 && !process.env.TREATY_NO_RESTART) {
    const r = spawnSync(process.execPath, [...process.execArgv, ...missing, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TREATY_NO_RESTART: '1', ...(process.env.TREATY_TIMINGS ? { TREATY_LAUNCHED_AT: String(performance.timeOrigin) } : {}) } });
    if (r.error) process.stderr.write(`${name}: could not restart with ${missing.join(' ')} (${r.error.message}); going on without\n`);
    else {
      // (Timed: when the tool's process was gone, as this one saw it — what its exit cost after its last mark.)
      if (process.env.TREATY_TIMINGS) launcherMark('child ended');
      process.exit(r.status ?? (r.signal ? 1 : 0));
    }
  }
  // Piped into a reader that leaves early (`treaty-check | head`): stop quietly, as a tool killed
  // by SIGPIPE does (exit code 128 + 13), instead of Node's stack trace for an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code === 'EPIPE') process.exit(141);
      throw e;
    });
  }
  // Compiled from a code cache beside the bundle when the loader is built (server/src/protocol/codeCache.ts): no parse and compile
  // of the bundle, nor of each function as the run first calls it.
  const loader = path.join(__dirname, '../server/out/codeCache.js');
  before?.();
  (fs.existsSync(loader) ? require(loader).requireCached(bundle) : require(bundle)).main();
};

/** One mark of server/src/cli/timings.ts's, by this process (the first, which started the tool again): appended to TREATY_TIMINGS's file. */
function launcherMark(what) {
  try {
    const cpu = process.cpuUsage();
    fs.appendFileSync(process.env.TREATY_TIMINGS, JSON.stringify({ thread: 'launcher', what, at: performance.timeOrigin + performance.now(), cpu: (cpu.user + cpu.system) / 1000 }) + '\n');
  } catch {
    /* timings are never worth a failed run */
  }
}
