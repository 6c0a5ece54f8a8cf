//! kubeplay's native integration tests: one binary, a module per area.

mod support;

mod cli;
mod decfloat;
mod corpus;
mod describe;
mod determinism;
mod drain;
mod exec;
mod golden;
mod json_codec;
mod network;
mod jsonpath;
mod lessons;
mod no_panic;
mod scenario;
mod scheduler;
mod serve;
mod timeline;
mod tidy;
mod workloads;
