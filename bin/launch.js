// Runs one of the bundled command-line tools (server/out/<name>.js), or says how to build it.
// `flags`: V8 flags the tool runs best with. They must be given when the process starts (set
// later, V8 ignores them): the tool is started again with them, once, unless already given.
// `before`: called in the process that runs the tool (not in one that starts it again), before its bundle loads.
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');

/**
 * The pipe through which the tool started again tells this process its exit code once it has done (after its 'exit'
 * listeners: its output written, its code cache and timings too), before its own teardown: the kernel freeing a heap of
 * hundreds of megabytes after exit_group (strace, treaty-check --jobs 2 over the 5,000 generated treaties at a load of ~25:
 * 341 ms from exit_group to the process gone). This process then ends with that code at once, and the tool's process ends
 * on its own a moment later. treaty-check --jobs 2 from its last mark to this process's end, alternated at a load of 23–28:
 * 167–631 ms before, 4–81 ms so (at a load of ~5, session 58 measured 27–40 ms: what goes). A shell writing the output
 * to a file, a terminal or a pipe gains it (the tool closes its output then: a pipe's reader sees its end with the
 * launcher's). And `time` (the shell's, /usr/bin/time) of the bin now counts this process alone: time the tool itself
 * with its flags given and TREATY_NO_RESTART=1, or as bench/checkSpeed.ts does (each process's own resource usage).
 */
const RELEASE_FD = 3;

module.exports = function launch(name, flags = [], before = undefined) {
  const bundle = path.join(__dirname, '../server/out', `${name}.js`);
  if (!fs.existsSync(bundle)) {
    process.stderr.write(`${name}: not built yet; run \`npm run build\` (npm install does it) in ${path.dirname(__dirname)}\n`);
    process.exit(2);
  }
  const missing = flags.filter((f) => !process.execArgv.some((a) => a.split('=')[0] === f.split('=')[0]));
  if (missing.length > 0 && !process.env.TREATY_NO_RESTART) {
    restart(name, missing, before);
    return;
  }
  released(process.env.TREATY_RELEASE_FD);
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
  // (After the tool's own 'exit' listeners, which `main` and the bundle's load registered: the code said last.)
  if (release !== undefined) process.on('exit', (code) => release(code));
};

/**
 * The tool started again with `missing` flags, in a process of its own; this one ends with its exit code as soon as it says
 * it (RELEASE_FD), or when it ends without saying (killed, crashed before its 'exit', or an older launcher's tool).
 */
function restart(name, missing, before) {
  const env = { ...process.env, TREATY_NO_RESTART: '1', TREATY_RELEASE_FD: String(RELEASE_FD), ...(process.env.TREATY_TIMINGS ? { TREATY_LAUNCHED_AT: String(performance.timeOrigin) } : {}) };
  let child;
  try {
    child = spawn(process.execPath, [...process.execArgv, ...missing, process.argv[1], ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'inherit', 'pipe'], env });
  } catch (e) {
    goOnWithout(name, missing, e, before);
    return;
  }
  let said = '';
  let done = false;
  const end = (code) => {
    if (done) return;
    done = true;
    // (Timed: when this process let the tool go — it said its code, or its process was gone: what its exit cost after its last mark.)
    if (process.env.TREATY_TIMINGS) launcherMark('child ended');
    process.exit(code);
  };
  child.stdio[RELEASE_FD].setEncoding('latin1');
  child.stdio[RELEASE_FD].on('data', (d) => {
    said += d;
    if (/^\d+\n/.test(said)) end(Number(said.slice(0, said.indexOf('\n'))));
  });
  child.stdio[RELEASE_FD].on('error', () => undefined);
  child.on('error', (e) => {
    if (done) return;
    done = true;
    goOnWithout(name, missing, e, before);
  });
  child.on('exit', (status, signal) => end(status ?? (signal ? 1 : 0)));
}

/** The tool could not be started again: run here, without the flags. */
function goOnWithout(name, missing, e, before) {
  process.stderr.write(`${name}: could not restart with ${missing.join(' ')} (${e.message}); going on without\n`);
  module.exports(name, [], before);
}

/** The launcher's release in this process (started again by `restart`): says the exit code through `fd`, once. */
let release;
function released(fd) {
  if (fd === undefined) return;
  // (Not passed on to what the tool may start in its turn.)
  delete process.env.TREATY_RELEASE_FD;
  release = (code) => {
    try {
      fs.writeSync(Number(fd), `${code}\n`);
    } catch {
      /* the launcher gone: nothing to tell */
    }
    // And its output closed (everything is written by now): a pipe's reader sees its end with the launcher's, not after the
    // teardown, which still held it open (the kernel closes a process's files after it has freed its memory).
    for (const open of [1, 2, Number(fd)]) {
      try {
        fs.closeSync(open);
      } catch {
        /* closed already */
      }
    }
  };
}

/** One mark of server/src/cli/timings.ts's, by this process (the first, which started the tool again): appended to TREATY_TIMINGS's file. */
function launcherMark(what) {
  try {
    const cpu = process.cpuUsage();
    fs.appendFileSync(process.env.TREATY_TIMINGS, JSON.stringify({ thread: 'launcher', what, at: performance.timeOrigin + performance.now(), cpu: (cpu.user + cpu.system) / 1000 }) + '\n');
  } catch {
    /* timings are never worth a failed run */
  }
}
