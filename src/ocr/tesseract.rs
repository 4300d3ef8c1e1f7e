//! Drives the `tesseract` program: finds out whether it and the Swedish model are installed,
//! runs it on one image file with a time limit, and parses its TSV output into words with
//! their boxes (in the image's pixels), confidences and block/paragraph/line numbers.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::OcrError;

/// One recognised word, in the pixels of the image Tesseract read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub block: u32,
    pub par: u32,
    pub line: u32,
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
    /// Tesseract's confidence, 0–100.
    pub conf: f32,
    pub text: String,
}

/// What `tesseract --version` and `--list-langs` said, asked once per program path.
#[derive(Debug, Clone)]
pub struct Install {
    pub version: String,
    pub langs: Vec<String>,
}

/// What each program path said, asked once per process.
static INSTALLS: OnceLock<Mutex<HashMap<PathBuf, Option<Install>>>> = OnceLock::new();

fn probe(program: &Path) -> Option<Install> {
    let run = |arg: &str| -> Option<String> {
        let out = Command::new(program)
            .arg(arg)
            .stdin(Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        // Old versions print to stderr.
        let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
        s.push_str(&String::from_utf8_lossy(&out.stderr));
        Some(s)
    };
    let version = run("--version")?.lines().next()?.trim().to_string();
    let langs = run("--list-langs")?
        .lines()
        .skip(1)
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    Some(Install { version, langs })
}

/// The installation found at `program` (asked once per path).
pub fn install(program: &Path) -> Option<Install> {
    let installs = INSTALLS.get_or_init(|| Mutex::new(HashMap::new()));
    if let Ok(known) = installs.lock() {
        if let Some(found) = known.get(program) {
            return found.clone();
        }
    }
    // Probe without holding the lock; two threads may both probe once.
    let found = probe(program);
    if let Ok(mut known) = installs.lock() {
        known.insert(program.to_path_buf(), found.clone());
    }
    found
}

/// Settings that change what Tesseract outputs.
#[derive(Debug, Clone)]
pub struct RunSettings<'a> {
    pub program: &'a Path,
    pub lang: &'a str,
    pub psm: u32,
    pub oem: u32,
    pub dpi: u32,
    pub params: &'a [(String, String)],
    pub timeout: Duration,
}

/// Runs Tesseract on `image` and returns its words.
pub fn run(image: &Path, workdir: &Path, s: &RunSettings<'_>) -> Result<Vec<Word>, OcrError> {
    let base = workdir.join("out");
    let mut cmd = Command::new(s.program);
    for (k, v) in s.params {
        cmd.arg("-c").arg(format!("{k}={v}"));
    }
    cmd.arg(image)
        .arg(&base)
        .args(["-l", s.lang])
        .args(["--psm", &s.psm.to_string()])
        .args(["--oem", &s.oem.to_string()])
        .args(["--dpi", &s.dpi.to_string()])
        .arg("tsv")
        // One thread per page: pages are OCR'd in parallel by the caller.
        .env("OMP_THREAD_LIMIT", "1");
    run_bounded(cmd, workdir, s.timeout, "tesseract")?;
    let tsv = std::fs::read(base.with_extension("tsv"))?;
    Ok(parse_tsv(&String::from_utf8_lossy(&tsv)))
}

/// Runs a helper program (Tesseract, pdftoppm) that writes its output into `workdir`, within
/// `timeout` of CPU time, and fails with the last line it wrote to stderr when it does not
/// succeed. [`OcrError::Unavailable`] when the program is not installed.
pub(super) fn run_bounded(
    mut cmd: Command,
    workdir: &Path,
    timeout: Duration,
    name: &str,
) -> Result<(), OcrError> {
    let stderr = std::fs::File::create(workdir.join("stderr.txt"))?;
    // The child must not outlive kommission: the kernel kills it when we die (even by
    // SIGKILL). The spawning thread is a long-lived worker, whose end is the process's.
    let parent = std::process::id();
    // SAFETY: the closure runs in the child between fork and exec and calls only
    // async-signal-safe functions (prctl, getppid, _exit); it allocates nothing.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            // We died before the prctl: do not run orphaned.
            if libc::getppid() as u32 != parent {
                libc::_exit(1);
            }
            Ok(())
        });
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(stderr))
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => OcrError::Unavailable,
            _ => OcrError::Io(e),
        })?;
    let start = Instant::now();
    let pid = child.id();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        // The limit is on the child's CPU time: on a loaded machine (parallel pages, other
        // work) a page that needs 40 s of CPU can take minutes of wall-clock time, and a
        // wall-clock limit then lost whole pages (a scanned proposition page of 249 words came
        // out empty, "OCR timed out after 120 s", while 17 processes shared 2 cores). Wall-clock
        // time is bounded too, at WALL_FACTOR times the limit, for a child that never runs.
        let cpu = cpu_time(pid).unwrap_or_else(|| start.elapsed());
        if cpu > timeout || start.elapsed() > timeout * WALL_FACTOR {
            // Ignore errors: the child may have ended in between.
            let _ = child.kill();
            let _ = child.wait();
            return Err(OcrError::Timeout(timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if !status.success() {
        let msg = std::fs::read_to_string(workdir.join("stderr.txt")).unwrap_or_default();
        let msg: String = msg.lines().last().unwrap_or("").chars().take(300).collect();
        return Err(OcrError::Failed(format!(
            "{name} exited with {status}: {msg}"
        )));
    }
    Ok(())
}

/// A helper run is stopped after this many times its CPU-time limit of wall-clock time.
const WALL_FACTOR: u32 = 10;

/// CPU time (user + system) the process has used so far, from `/proc/PID/stat`; None where
/// that cannot be read.
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    let rest = stat.get(stat.rfind(')')? + 1..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // SAFETY: sysconf has no preconditions.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (per_second > 0).then(|| Duration::from_millis(ticks * 1000 / per_second as u64))
}

/// Parses Tesseract's TSV: `level page_num block_num par_num line_num word_num left top width
/// height conf text`; keeps the words (level 5) that have text.
pub fn parse_tsv(tsv: &str) -> Vec<Word> {
    let mut words = Vec::new();
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.splitn(12, '\t').collect();
        let [level, _page, block, par, ln, _word, left, top, width, height, conf, text] =
            f.as_slice()
        else {
            continue;
        };
        if *level != "5" {
            continue;
        }
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let num = |s: &str| s.trim().parse::<u32>().unwrap_or(0);
        words.push(Word {
            block: num(block),
            par: num(par),
            line: num(ln),
            left: num(left),
            top: num(top),
            width: num(width),
            height: num(height),
            conf: conf.trim().parse::<f32>().unwrap_or(0.0).clamp(0.0, 100.0),
            text: text.to_string(),
        });
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_of_this_process_is_read() {
        let spent = cpu_time(std::process::id()).expect("/proc/self/stat");
        assert!(spent < Duration::from_secs(3600), "{spent:?}");
        assert_eq!(cpu_time(u32::MAX), None);
    }

    #[test]
    fn tsv_words_are_parsed() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n\
                   5\t1\t1\t1\t1\t1\t296\t289\t412\t52\t96.5\tProtokollsutdrag\n\
                   5\t1\t1\t1\t1\t2\t720\t289\t10\t52\t95\t \n\
                   5\t1\t2\t1\t1\t1\t296\t400\t80\t40\t91.25\t§\n";
        let w = parse_tsv(tsv);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].text, "Protokollsutdrag");
        assert_eq!(
            (w[0].left, w[0].top, w[0].width, w[0].height),
            (296, 289, 412, 52)
        );
        assert_eq!(w[0].conf, 96.5);
        assert_eq!((w[1].block, w[1].par, w[1].line), (2, 1, 1));
    }
}
