//! Shared test helpers for the reliability tests: generators of hostile files ([`hostile`],
//! built on the small PDF writer [`pdf`]) and child-process control with time and memory
//! measurement ([`proc`]). Each test file uses what it needs, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod hostile;
pub mod pdf;
pub mod proc;
