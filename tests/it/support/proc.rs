//! Running the kommission binary as a child process with a time limit, measuring its peak
//! memory (the kernel's maximum resident set size, from `wait4`), and killing it.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How a child process ended.
#[derive(Debug, Clone)]
pub struct Finished {
    /// Exit code, or None when killed by a signal.
    pub code: Option<i32>,
    /// The signal that ended it, if any.
    pub signal: Option<i32>,
    /// Peak resident set size, in bytes.
    pub max_rss: u64,
    /// Peak resident set size of the program alone, in bytes: the largest `VmHWM` seen in
    /// `/proc/PID/status` while it ran (`max_rss` also counts the memory of this test process,
    /// which the child held until its exec: over 200 MB while other tests run).
    pub hwm: u64,
    pub elapsed: Duration,
    /// CPU time (user + system) of the process and all its threads.
    pub cpu: Duration,
    /// Whether we killed it because it ran past the time limit.
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

/// The kommission binary.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_kommission")
}

/// A kommission command with the given index, quiet and colourless.
pub fn kommission(index: &Path) -> Command {
    let mut c = Command::new(bin());
    c.env("KOMMISSION_INDEX", index).env("NO_COLOR", "1");
    c
}

/// Run kommission on `index` with `args` from the repository's root, to its end; its output.
pub fn run(index: &Path, args: &[&str]) -> std::process::Output {
    kommission(index)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("run kommission")
}

/// Reap `child` with `wait4`, polling until `limit`; kill it (SIGKILL) when it runs longer.
/// stdout and stderr must be piped (they are read on threads so the child never blocks).
pub fn wait_measured(mut child: Child, limit: Duration) -> Finished {
    let start = Instant::now();
    let pid = child.id() as libc::pid_t;
    let out = child.stdout.take().map(reader);
    let err = child.stderr.take().map(reader);
    let (mut timed_out, mut hwm) = (false, 0);
    let (status, rusage) = loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain old data; wait4 fills it in.
        let mut rusage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: pid is our own child, not yet reaped (std's Child is never waited on).
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut rusage) };
        if r == pid {
            break (status, rusage);
        }
        assert!(r == 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if !timed_out && start.elapsed() > limit {
            timed_out = true;
            // SAFETY: sending a signal to our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let kb = status.lines().find_map(|l| l.strip_prefix("VmHWM:"));
        let kb = kb.and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
        hwm = hwm.max(kb.unwrap_or(0) * 1024);
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let (code, signal) = if libc::WIFEXITED(status) {
        (Some(libc::WEXITSTATUS(status)), None)
    } else if libc::WIFSIGNALED(status) {
        (None, Some(libc::WTERMSIG(status)))
    } else {
        (None, None)
    };
    Finished {
        code,
        signal,
        // Linux reports ru_maxrss in kilobytes.
        max_rss: rusage.ru_maxrss as u64 * 1024,
        hwm,
        elapsed,
        cpu: tv(rusage.ru_utime) + tv(rusage.ru_stime),
        timed_out,
        stdout: out.map(|h| h.join().unwrap()).unwrap_or_default(),
        stderr: err.map(|h| h.join().unwrap()).unwrap_or_default(),
    }
}

fn tv(t: libc::timeval) -> Duration {
    Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
}

fn reader<R: std::io::Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Run a command to completion under a time limit, measuring it.
pub fn run_measured(cmd: &mut Command, limit: Duration) -> Finished {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kommission");
    wait_measured(child, limit)
}

/// Send SIGKILL to a process.
pub fn sigkill(pid: u32) {
    // SAFETY: sending a signal to a process id we spawned.
    unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
}

/// Megabytes, for messages.
pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// Make the child unable to write files larger than `bytes` (RLIMIT_FSIZE), with SIGXFSZ
/// ignored so that such a write fails with EFBIG ("File too large") like a full disk fails
/// with ENOSPC, instead of killing the process.
pub fn limit_file_size(cmd: &mut Command, bytes: u64) {
    use std::os::unix::process::CommandExt;
    // SAFETY: only async-signal-safe libc calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: bytes as libc::rlim_t,
                rlim_max: bytes as libc::rlim_t,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// Whether this process runs as root (which ignores file permissions).
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// Run the child as user and group `nobody` (65534), so that file permissions apply even
/// when the tests run as root (std drops root's supplementary groups when it sets the uid).
pub fn as_nobody(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    cmd.uid(65534).gid(65534);
}

/// Spawn with stdout/stderr piped and stdin closed.
pub fn spawn(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kommission")
}
