//! The engine: virtual clock, seeded rng, timer queue, the `Cluster` and its commands and trace.

pub mod clock;
pub mod cluster;
pub mod command;
pub mod config;
pub mod history;
pub mod kubeadm;
pub mod metrics;
pub mod rng;
pub mod scale;
pub mod timeline;
pub mod timers;
pub mod view;

pub use crate::client::TraceEvent;
pub use cluster::Cluster;
pub use command::Command;
pub use config::ClusterConfig;
