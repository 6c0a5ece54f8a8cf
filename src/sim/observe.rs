//! What the cluster shows without being changed: the page's snapshot, the trace and the
//! timeline, the store view, the last traced request, and the inspector's reads.

use super::Cluster;
use crate::client::TraceEvent;
use crate::kubectl::Output;
use crate::sim::view::ClusterView;

impl Cluster {
    pub fn snapshot(&self) -> ClusterView {
        crate::sim::view::build(&self.api, self.now)
    }

    /// Takes the trace recorded since the last call.
    pub fn drain_trace(&mut self) -> Vec<TraceEvent> {
        self.trace.drain(..).collect()
    }

    /// What each component did and why.
    pub fn timeline(&self) -> &crate::sim::timeline::Timeline {
        &self.timeline
    }

    /// The store view: revision, compaction point, keys per resource, raft, the latest writes.
    pub fn store_view(&self, recent: usize) -> crate::sim::view::StoreView {
        crate::sim::view::store(&self.api, &self.timeline, recent)
    }

    /// Replicas over time and requests per pod, for the page's plots.
    pub fn metrics(&self) -> &crate::sim::metrics::Metrics {
        &self.metrics
    }

    /// Keeps the hops of a traced request for the page's trace view.
    pub fn set_last_trace(&mut self, command: String, hops: Vec<String>) {
        let n = self.last_trace.0 + 1;
        self.last_trace = (n, command, hops);
    }

    /// The last traced request: its number (0: none yet), the command, its hops.
    pub fn last_trace(&self) -> (u64, &str, &[String]) {
        (self.last_trace.0, &self.last_trace.1, &self.last_trace.2)
    }

    /// Trace events dropped because nobody drained them in time.
    pub fn trace_dropped(&self) -> u64 {
        self.trace_dropped
    }


    /// A read for the page's inspector (`get`, `describe`, `logs`, `events`): answered from the
    /// cluster as it is, without the time a kubectl process takes to start and without waking
    /// anything, so looking never changes what happens next (a replayed journal stays exact).
    pub fn inspect(&mut self, args: &[String]) -> Output {
        let verb = crate::kubectl::find_verb(args).map(|i| args[i].as_str());
        if !matches!(verb, Some("get" | "describe" | "logs" | "events" | "api-resources" | "api-versions")) {
            let mut o = Output::default();
            o.fail("inspect: only get, describe, logs, events, api-resources and api-versions\n");
            return o;
        }
        // The wakes are dropped: a read wakes nobody that matters.
        self.run_kubectl(args, None).0
    }
}
