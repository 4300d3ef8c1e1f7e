//! Living within the process's resource limits.
//!
//! * **Address space** (`ulimit -v`): glibc gives each thread that allocates its own malloc
//!   arena and reserves 64 MiB of address space for each, so a run with a dozen threads
//!   (extraction workers, tantivy's indexing and merging threads) can exhaust a 1 GB limit
//!   with a few hundred MB in use. [`adapt_to_limits`] limits malloc to one arena when the
//!   address space is limited.
//! * **Out of memory**: [`Reporting`] wraps the system allocator and, when an allocation
//!   fails, writes a kommission message naming the size and the limit before Rust aborts.

use std::alloc::{GlobalAlloc, Layout, System};

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

/// Call once at start: under an address-space limit, use one malloc arena (see the module
/// docs). Returns the limit, if any.
pub fn adapt_to_limits() -> Option<u64> {
    let limit = address_space_limit()?;
    // SAFETY: mallopt only sets a malloc parameter; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    Some(limit)
}

/// The system allocator, with a clear message when memory runs out.
pub struct Reporting;

// SAFETY: every call is passed on to the system allocator unchanged.
unsafe impl GlobalAlloc for Reporting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            out_of_memory(new_size);
        }
        p
    }
}

/// Write "kommission: out of memory …" to stderr without allocating (once: what follows an
/// allocation failure may fail to allocate too).
fn out_of_memory(size: usize) {
    static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if SAID.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let mut buf = [0u8; 320];
    let mut w = Writer {
        buf: &mut buf,
        len: 0,
    };
    w.put(b"kommission: error: out of memory: could not allocate ");
    if size >= 1 << 20 {
        w.num(size as u64 / (1 << 20));
        w.put(b" MB");
    } else {
        w.num(size as u64);
        w.put(b" bytes");
    }
    if let Some(limit) = address_space_limit() {
        w.put(b" (the address-space limit is ");
        w.num(limit / (1 << 20));
        w.put(b" MB: raise it with `ulimit -v`)");
    }
    w.put(b"; the last committed index is intact\n");
    let len = w.len;
    // SAFETY: writing our own stack buffer to fd 2.
    unsafe {
        libc::write(2, buf.as_ptr().cast(), len);
    }
}

struct Writer<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl Writer<'_> {
    fn put(&mut self, s: &[u8]) {
        for &b in s {
            if let Some(slot) = self.buf.get_mut(self.len) {
                *slot = b;
                self.len += 1;
            }
        }
    }

    fn num(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 || i == 0 {
                break;
            }
        }
        let mut tmp = [0u8; 20];
        let len = digits.len() - i;
        tmp[..len].copy_from_slice(&digits[i..]);
        self.put(&tmp[..len]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_without_allocating() {
        let mut buf = [0u8; 40];
        let mut w = Writer {
            buf: &mut buf,
            len: 0,
        };
        w.put(b"a ");
        w.num(0);
        w.put(b" ");
        w.num(1_234_567);
        let len = w.len;
        assert_eq!(&buf[..len], b"a 0 1234567");
    }
}
