//! The check stage, between the IR and the emitters: what the IR holds must make sense as a
//! whole before any code is written from it.

pub mod understanding;
