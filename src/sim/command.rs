//! Commands: everything a learner, a lesson or a test can do to the cluster is one of these.

use std::time::Duration;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `kubectl <args>`, with what the terminal feeds its stdin (a heredoc).
    Kubectl { args: Vec<String>, stdin: Option<String> },
    /// Let virtual time pass.
    Tick(Duration),
    /// Break (or mend) something on purpose.
    Fault(Fault),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Stop an etcd member by name, or whichever member leads now.
    EtcdStop(Option<String>),
    EtcdStart(String),
    /// Power a node's machine off (its kubelet and everything on it stop reporting), or on.
    NodeStop(String),
    NodeStart(String),
    /// Cut a node off the network (true), or reconnect it.
    NodePartition(String, bool),
    /// Stop or start a node's kubelet service (the machine and its containers keep running).
    KubeletStop(String),
    KubeletStart(String),
    /// A process outside Kubernetes holds this many bytes of a node's memory (0 frees it).
    NodeMemory(String, u64),
    /// Files outside Kubernetes take this many bytes of a node's disk (0 frees them).
    NodeDisk(String, u64),
    /// Stop or start a node's containerd (its containers keep running).
    RuntimeStop(String),
    RuntimeStart(String),
    /// The image registries become unreachable from every node (true), or reachable again.
    RegistryDown(bool),
}

pub use crate::kubectl::{Follow, Output, Stream, WaitFor};
