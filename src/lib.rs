//! kubeplay: a whole Kubernetes cluster, simulated in Rust, that runs in a browser tab.
//!
//! Invariants (see DESIGN.md): the core is sans-IO and deterministic — virtual time (`SimTime`) and
//! one seeded rng (`SimRng`) are values owned by the `Cluster`; no wall clock, no ambient
//! randomness, no `HashMap` iteration; components talk only through the apiserver; the UI renders
//! snapshots and sends commands; user input never panics the simulator.
//!
//! Module map: `sim` (engine) drives `apiserver` (the only user of `store`), whose clients are the
//! `controllers`, the `scheduler`, each node's `kubelet` (with the `network`'s CNI) and `kubectl`;
//! `api` is the object model, `manifest` the YAML/JSON decoding, `client` informers and queues,
//! `shell` the learner's terminal, `ui` the yew page (wasm32 only).

pub mod api;
pub mod apiserver;
pub mod client;
pub mod controllers;
pub mod json_lit;
pub mod kubectl;
pub mod kubelet;
pub mod lesson;
pub mod manifest;
pub mod network;
pub mod plots;
pub mod scheduler;
pub mod shell;
pub mod sim;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;
