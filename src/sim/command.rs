//! Commands: everything a learner, a lesson or a test can do to the cluster is one of these.

use std::time::Duration;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `kubectl <args>`, with what the terminal feeds its stdin (a heredoc).
    Kubectl { args: Vec<String>, stdin: Option<String> },
    /// Let virtual time pass.
    Tick(Duration),
}

pub use crate::kubectl::{Output, Stream, WaitFor};
