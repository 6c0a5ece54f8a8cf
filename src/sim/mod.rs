//! The engine: virtual clock, seeded rng, timer queue, the `Cluster` and its commands and trace.

pub mod clock;
pub mod rng;
pub mod timers;
