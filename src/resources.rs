//! Living within the process's resource limits, and the allocator.
//!
//! * **The allocator** is mimalloc ([`Reporting`] wraps it). glibc's malloc and free cost an
//!   ingest 44 µs of CPU per page at 10⁵ pages and 104 at 10⁶ (a long run's heap, more
//!   fragmented: docs/performance.md, "what grows from 10⁵ to 10⁶"); with mimalloc an ingest of
//!   10⁵ pages took 4–11 % less CPU with the same peak RSS (two runs side by side with glibc's).
//!   Transparent huge pages are turned off for the process ([`adapt_to_limits`]): mimalloc
//!   asks for them on its arenas, and 2 MiB pages touched by a few small objects raised peak
//!   RSS at 10⁵ pages from about 325 to 385 MB.
//! * **Address space** (`ulimit -v`): glibc, still used by C code (SQLite), gives each thread
//!   that allocates its own malloc arena and reserves 64 MiB of address space for each.
//!   [`adapt_to_limits`] limits it to one arena when the address space is limited.
//! * **Out of memory**: [`Reporting`] wraps the allocator and, when an allocation fails,
//!   writes a kommission message naming the size and the limit before Rust aborts.

use std::alloc::{GlobalAlloc, Layout};

use mimalloc::MiMalloc as Inner;

/// The soft address-space limit (`ulimit -v`), in bytes, when there is one.
pub fn address_space_limit() -> Option<u64> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit fills the struct.
    let r = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut lim) };
    (r == 0 && lim.rlim_cur != libc::RLIM_INFINITY).then_some(lim.rlim_cur)
}

/// mimalloc's `mi_option_purge_delay` (its `mi_option_e` in mimalloc.h, 15 in v2 and v3).
const MI_OPTION_PURGE_DELAY: libc::c_int = 15;

extern "C" {
    fn mi_option_set(option: libc::c_int, value: libc::c_long);
}

/// Call once at start: freed memory goes back to the system after 10 ms (mimalloc v3 keeps
/// it 1 s, and whole arenas 10 s: an ingest's anonymous memory was then 40–60 % above what it
/// had live, more the longer it ran; docs/performance.md, eleventh session); no transparent
/// huge pages; under an address-space limit, one glibc malloc arena (see the module docs).
/// Returns the limit, if any.
pub fn adapt_to_limits() -> Option<u64> {
    // SAFETY: sets one of mimalloc's options (read when it purges), no memory is touched.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 10) };
    // SAFETY: prctl with PR_SET_THP_DISABLE only sets a flag of this process (checked at
    // every page fault, so it holds for memory mapped before it as well).
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    let limit = address_space_limit()?;
    // SAFETY: mallopt only sets a malloc parameter; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    Some(limit)
}

/// mimalloc, with a clear message when memory runs out.
pub struct Reporting;

// SAFETY: every call is passed on to mimalloc unchanged.
unsafe impl GlobalAlloc for Reporting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        reported(unsafe { Inner.alloc(layout) }, layout.size())
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        reported(unsafe { Inner.alloc_zeroed(layout) }, layout.size())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { Inner.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        reported(unsafe { Inner.realloc(ptr, layout, new_size) }, new_size)
    }
}

/// `p`, an allocation of `size` bytes; when it failed (null), first write "kommission: out of
/// memory …" to stderr without allocating (once: what follows an allocation failure may fail to
/// allocate too): formatted into a buffer on the stack.
fn reported(p: *mut u8, size: usize) -> *mut u8 {
    use std::io::Write as _;
    static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !p.is_null() || SAID.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return p;
    }
    let mut buf = [0u8; 320];
    let mut w = &mut buf[..];
    let (n, unit) = if size >= 1 << 20 {
        (size >> 20, "MB")
    } else {
        (size, "bytes")
    };
    let _ = write!(
        w,
        "kommission: error: out of memory: could not allocate {n} {unit}"
    );
    if let Some(limit) = address_space_limit() {
        let mb = limit >> 20;
        let _ = write!(
            w,
            " (the address-space limit is {mb} MB: raise it with `ulimit -v`)"
        );
    }
    let _ = w.write_all(b"; the last committed index is intact\n");
    let left = w.len();
    let len = buf.len() - left;
    // SAFETY: writing our own stack buffer to fd 2.
    unsafe {
        libc::write(2, buf.as_ptr().cast(), len);
    }
    p
}
